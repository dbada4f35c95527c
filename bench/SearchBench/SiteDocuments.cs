using ResourceGen;
using ResourceGen.Diagnostics;

/// <summary>The search documents of a site folder, from the site model the build itself makes.</summary>
internal static class SiteDocuments
{
    public static List<Document> Load(string siteRoot)
    {
        var result = SiteBuilder.Build(new BuildOptions(siteRoot), new DiagnosticBag());
        var model = result.Model ?? throw new InvalidOperationException($"{siteRoot} does not build: {string.Join('\n', result.Diagnostics)}");
        return model.Pages
            .Select(p => new Document(p.Title, string.Join(' ', p.Tags.Select(t => t.Name)), p.Summary, p.PlainText))
            .ToList();
    }
}
