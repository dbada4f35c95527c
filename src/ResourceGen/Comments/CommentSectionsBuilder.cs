using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Model;
using ResourceGen.Security;
using ResourceGen.Templating;
using ResourceGen.Text;

namespace ResourceGen.Comments;

/// <summary>
/// Decides which pages have comments (the page's <c>comments</c> key, else <c>comments.types</c>, else on) and builds
/// each one's section: the provider's embed, or the page's static thread from <c>data/comments/</c>.
/// </summary>
public static class CommentSectionsBuilder
{
    /// <summary>Builds the sections of <paramref name="pages"/>; <paramref name="items"/> (drafts included) own the comment folders.</summary>
    public static CommentSections Build(SiteConfig config, IReadOnlyList<ContentItem> items, IReadOnlyList<Page> pages, string siteRoot, DiagnosticBag diagnostics)
    {
        var settings = config.Comments;
        var commented = pages.Where(p => settings.IsOnFor(p.Type, p.Comments)).ToList();
        return settings.Service switch
        {
            CommentEmbed embed => new CommentSections(commented.ToDictionary(p => p, p => Embedded(embed, settings.Consent, Target(config, p)))),
            StaticComments store => Static(store, config, items, commented, siteRoot, diagnostics),
            _ => CommentSections.None,
        };
    }

    /// <summary>The folder name of a page's static thread: its <c>comments_id</c>, else its slug.</summary>
    private static string ThreadId(string slug, string? commentsId) => commentsId ?? slug;

    private static CommentTarget Target(SiteConfig config, Page page)
    {
        var path = page.CommentsId is { } id ? $"/{page.ContentType.Section}/{id}/" : page.SitePath;
        return new CommentTarget(config.RelativeUrl(path), config.AbsoluteUrl(path), page.Permalink, page.Title, config.Language, page.CommentsId is not null);
    }

    private static CommentSection Embedded(CommentEmbed embed, bool consent, CommentTarget target)
    {
        var markup = embed.Markup(target);
        return new CommentSection
        {
            Provider = embed.Name,
            Title = embed.Title,
            Host = embed.Host,
            Consent = consent,
            Embed = new HtmlFragment(markup),
            Sources = [.. embed.Sources, .. InlineScriptHashes.Find(markup)],
        };
    }

    private static CommentSections Static(StaticComments store, SiteConfig config, IReadOnlyList<ContentItem> items, IReadOnlyList<Page> commented, string siteRoot, DiagnosticBag diagnostics)
    {
        var threads = CommentThreadLoader.Load(siteRoot, diagnostics).ToDictionary(t => t.Id, StringComparer.Ordinal);
        ReportSharedThreads(items.Where(i => config.Comments.IsOnFor(i.Type.Name, i.FrontMatter.Comments)), diagnostics);
        ReportThreadsWithoutPage(threads.Values, items, diagnostics);

        var bodies = new CommentBodyRenderer();
        var sections = new Dictionary<Page, CommentSection>();
        foreach (var page in commented)
        {
            var id = ThreadId(page.Slug, page.CommentsId);
            var thread = threads.TryGetValue(id, out var files) ? CommentThreadBuilder.Build(files.Comments, bodies, diagnostics) : [];
            var form = store.Endpoint is null ? null : new CommentForm(store.Endpoint, id, page.Permalink + "#comments", FormTargets(thread));
            if (thread.Count == 0 && form is null) continue;
            sections[page] = new CommentSection
            {
                Provider = store.Name,
                Thread = thread,
                Form = form,
                Sources = [.. store.Sources, .. Flatten(thread).SelectMany(c => EmbeddedOrigins.Find(c.Body.Value))],
            };
        }
        return new CommentSections(sections);
    }

    private static void ReportSharedThreads(IEnumerable<ContentItem> items, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(i => ThreadId(i.Slug, i.FrontMatter.CommentsId), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                diagnostics.Error(DiagnosticCodes.CommentThreadShared, other.SourcePath, other.FrontMatter.KeyLines.GetValueOrDefault("comments_id", 1), 1,
                    $"this page's comments would come from {StaticComments.Folder}/{group.Key}/, which is already the thread of {first.SourcePath}; give one of them its own 'comments_id'");
        }
    }

    private static void ReportThreadsWithoutPage(IEnumerable<CommentThreadFiles> threads, IReadOnlyList<ContentItem> items, DiagnosticBag diagnostics)
    {
        var owners = items.Select(i => ThreadId(i.Slug, i.FrontMatter.CommentsId)).ToHashSet(StringComparer.Ordinal);
        foreach (var thread in threads.Where(t => !owners.Contains(t.Id)))
            diagnostics.Error(DiagnosticCodes.CommentThreadWithoutPage, thread.Folder, 0, 0,
                $"no page has the slug or comments_id '{thread.Id}'{SpellingSuggester.Hint(thread.Id, owners)}, so these comments would not be shown; rename the folder, or give the page 'comments_id: {thread.Id}' (for example after renaming it)");
    }

    private static IReadOnlyList<CommentForm.Target> FormTargets(IReadOnlyList<CommentNode> thread) =>
        Flatten(thread).Select(c => new CommentForm.Target(c.Id, $"{c.Name}, {TemplateFunctions.DateText(c.Date)}")).ToList();

    private static IEnumerable<CommentNode> Flatten(IEnumerable<CommentNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Replies).Prepend(n));
}
