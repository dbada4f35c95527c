using ResourceGen.Engine;
using ResourceGen.Generation;
using ResourceGen.Model;
using ResourceGen.Templating;
using Scriban.Runtime;

namespace ResourceGen.Pipeline;

/// <summary>A model object and what to make of it; made again unless the object holds the very same parts (<see cref="ModelValues.SameParts"/>).</summary>
internal sealed record DeriveInput(object Source, object? Extra, Func<object, object?, object> Make);

/// <summary>Derived values through the <see cref="SiteQueries.Derived"/> query, read as part of one generator's outputs.</summary>
internal sealed class Derivations(QueryContext context, Query<(System.Reflection.MethodInfo Maker, string Source), DeriveInput, object> derived) : IDerivations
{
    /// <inheritdoc />
    public object Get(System.Reflection.MethodInfo maker, object source, object? extra, Func<object, object?, object> make)
    {
        var key = ModelKeys.Of(source) ?? throw new ArgumentException($"only a page, tag, audience or section can be derived from, not {source.GetType().Name}", nameof(source));
        return context.Get(derived, (maker, key), new DeriveInput(source, extra, make));
    }
}

/// <summary>The renderer of one model: its templates, the asset catalogue its pages mark, and the <c>site</c> object.</summary>
internal sealed record PageRenderer(TemplateRenderer Templates, AssetCatalog Assets, ScriptObject Site, string SiteKey);

/// <summary>What a page is rendered from: its request, compared by value, and the renderer that does it.</summary>
internal sealed record RenderInput(PageRenderRequest Request, PageRenderer Renderer);

/// <summary>A rendered page: its bytes (null when a template failed) and the assets it asked for.</summary>
internal sealed record RenderedPage(byte[]? Bytes, string[] Assets);
