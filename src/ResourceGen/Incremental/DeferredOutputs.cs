using ResourceGen.Generation;
using ResourceGen.Output;

namespace ResourceGen.Incremental;

/// <summary>
/// Runs the output generators of a build, holding back the <see cref="IOutputGenerator.Deferrable"/> ones once
/// their files exist: the build then carries their last files, and <see cref="RunPending"/> makes the new ones.
/// </summary>
internal sealed class DeferredOutputs
{
    private IReadOnlyList<OutputFile>? _last;
    private Func<IReadOnlyList<OutputFile>>? _pending;

    /// <summary>The files of <paramref name="generators"/>, the deferrable ones from the last build when <paramref name="defer"/> allows.</summary>
    public List<OutputFile> Generate(IReadOnlyList<IOutputGenerator> generators, BuildContext context, bool defer)
    {
        var holdBack = defer && _last is not null;
        var files = generators.Where(g => !g.Deferrable).SelectMany(g => g.Generate(context)).ToList();
        if (holdBack)
        {
            _pending = () => generators.Where(g => g.Deferrable).SelectMany(g => g.Generate(context)).ToList();
        }
        else
        {
            _last = generators.Where(g => g.Deferrable).SelectMany(g => g.Generate(context)).ToList();
            _pending = null;
        }
        files.AddRange(_last!);
        return files;
    }

    /// <summary>Makes the held-back files of the last build; null when nothing was held back.</summary>
    public IReadOnlyList<OutputFile>? RunPending()
    {
        var pending = _pending;
        _pending = null;
        return pending is null ? null : _last = pending();
    }

    /// <summary>Drops what a failed build held back; its files are never made.</summary>
    public void Discard() => _pending = null;
}
