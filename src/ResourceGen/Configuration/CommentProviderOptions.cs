using ResourceGen.Diagnostics;
using ResourceGen.Text;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Configuration;

/// <summary>
/// Reads one provider's block of <c>site.yml</c> (<c>comments.giscus:</c>), reporting RG0601 with the position of the
/// value, or of the block itself when a required key is missing.
/// </summary>
internal sealed class CommentProviderOptions
{
    private readonly YamlMappingNode _block;
    private readonly YamlNode _anchor;
    private readonly SettingReader _reader;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _provider;
    private readonly string _prefix;
    private bool _missing;

    /// <param name="provider">The provider's name, e.g. <c>giscus</c>.</param>
    /// <param name="block">The provider's block, or null when site.yml has none.</param>
    /// <param name="anchor">Where to report a missing key: the block's key, or the <c>provider</c> value.</param>
    /// <param name="language">The site's language, the default for a provider's own language setting.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public CommentProviderOptions(string provider, YamlMappingNode? block, YamlNode anchor, string language, DiagnosticBag diagnostics)
    {
        _block = block ?? new YamlMappingNode();
        _anchor = anchor;
        _diagnostics = diagnostics;
        _provider = provider;
        _prefix = $"comments.{provider}.";
        _reader = new SettingReader(_block, diagnostics, _prefix, DiagnosticCodes.CommentSettings);
        Language = language;
    }

    /// <summary>The site's language.</summary>
    public string Language { get; }

    /// <summary>True once a key was missing or had a wrong value.</summary>
    public bool HasErrors => _missing || _reader.HasErrors;

    /// <summary>A text the provider cannot work without; reports it by name when it is missing.</summary>
    public string? Required(string key, string example)
    {
        if (_reader.Has(key))
        {
            var value = _reader.String(key);
            if (value is "") Report(key, "must not be empty");
            return value is { Length: > 0 } ? value : null;
        }
        _missing = true;
        _diagnostics.Error(DiagnosticCodes.CommentSettings, SiteConfig.FileName, (int)_anchor.Start.Line, (int)_anchor.Start.Column,
            $"'{_prefix}{key}' is required; add it under comments.{_provider}:, e.g. '{key}: {example}'");
        return null;
    }

    /// <summary>An optional text.</summary>
    public string? Optional(string key) => _reader.String(key) is { Length: > 0 } value ? value : null;

    /// <summary>An optional true/false.</summary>
    public bool Flag(string key, bool fallback) => _reader.Boolean(key) ?? fallback;

    /// <summary>One of <paramref name="allowed"/>, or <paramref name="fallback"/> when absent.</summary>
    public string Choice(string key, string fallback, params string[] allowed)
    {
        var value = _reader.String(key);
        if (value is null || allowed.Contains(value)) return value ?? fallback;
        Report(key, $"must be one of {string.Join(", ", allowed)}, got '{value}'{SpellingSuggester.Hint(value, allowed)}");
        return fallback;
    }

    /// <summary>
    /// The server of a self-hostable provider, from <c>origin</c> (or <c>host</c>, as the provider's own documentation
    /// calls it), without a trailing '/'. Required when there is no <paramref name="fallback"/>.
    /// </summary>
    public string? Origin(string? fallback, string example)
    {
        if (_reader.Has("host") && _reader.Has("origin")) Report("host", "and 'origin' say the same thing; keep only 'origin'");
        var key = _reader.Has("host") && !_reader.Has("origin") ? "host" : "origin";
        if (!_reader.Has(key) && fallback is null) return Required("origin", example);
        return Address(key, example)?.TrimEnd('/') ?? fallback;
    }

    /// <summary>An optional absolute http(s) URL; null when absent, or after reporting a malformed one.</summary>
    public string? Address(string key, string example)
    {
        var value = _reader.String(key);
        if (value is null) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0)
            return value;
        Report(key, $"must be an absolute http(s) URL such as {example}, got '{value}'");
        return null;
    }

    /// <summary>Warns about keys of the block that the provider does not know (<c>host</c> counts as <c>origin</c>).</summary>
    public void WarnAboutUnknownKeys(IReadOnlyList<string> known)
    {
        foreach (var (keyNode, _) in _block.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && !known.Contains(name) && !(name == "host" && known.Contains("origin")))
                _diagnostics.Warning(DiagnosticCodes.CommentSettings, SiteConfig.FileName, (int)keyNode.Start.Line, (int)keyNode.Start.Column,
                    $"'{_prefix}{name}' is not a setting of this provider{SpellingSuggester.Hint(name, known)}; it is ignored");
        }
    }

    /// <summary>Reports a problem with the value of <paramref name="key"/> (or with the block, when the key is absent).</summary>
    public void Report(string key, string problem)
    {
        var node = _block.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : _anchor;
        _reader.Report(key, node, problem);
    }
}
