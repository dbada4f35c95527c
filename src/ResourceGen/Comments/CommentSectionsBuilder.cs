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
internal static class CommentSectionsBuilder
{
    /// <summary>
    /// The comment section of <paramref name="page"/>, or null when it has none; <paramref name="threadOf"/> gives the
    /// static thread of a folder name (empty when there is none).
    /// </summary>
    public static CommentSection? For(SiteConfig config, Page page, Func<string, IReadOnlyList<CommentNode>> threadOf)
    {
        var settings = config.Comments;
        if (!settings.IsOnFor(page.Type, page.Comments)) return null;
        return settings.Service switch
        {
            CommentEmbed embed => Embedded(embed, settings.Consent, Target(config, page)),
            StaticComments store => Static(store, page, ThreadId(config, page), threadOf(ThreadId(config, page))),
            _ => null,
        };
    }

    /// <summary>
    /// Reports static threads that two pages would share and threads no page owns; <paramref name="items"/> (drafts
    /// included) own the comment folders.
    /// </summary>
    public static void Check(SiteConfig config, IReadOnlyList<ContentItem> items, IEnumerable<CommentThreadFiles> threads, DiagnosticBag diagnostics)
    {
        ReportSharedThreads(items.Where(i => config.Comments.IsOnFor(i.Type.Name, i.FrontMatter.Comments)), diagnostics);
        ReportThreadsWithoutPage(threads, items, diagnostics);
    }

    /// <summary>
    /// The folder name of a page's static thread: its <c>comments_id</c>, else its slug, followed in a language other
    /// than the default by its code (<c>why.es</c>, as the file <c>why.es.md</c>): a translation has its own thread
    /// unless <c>comments_id</c> joins them.
    /// </summary>
    private static string ThreadId(string slug, string? commentsId, string? languageSuffix) => commentsId ?? slug + languageSuffix;

    private static string ThreadId(SiteConfig config, Page page) =>
        ThreadId(page.Slug, page.CommentsId, page.Language == config.Languages[0].Code ? null : "." + page.Language);

    private static string ThreadId(ContentItem item) =>
        ThreadId(item.Slug, item.FrontMatter.CommentsId, item.Language.Prefix.Length == 0 ? null : "." + item.Language.Code);

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

    private static CommentSection? Static(StaticComments store, Page page, string id, IReadOnlyList<CommentNode> thread)
    {
        var form = store.Endpoint is null ? null : new CommentForm(store.Endpoint, id, page.Permalink + "#comments", FormTargets(thread));
        if (thread.Count == 0 && form is null) return null;
        return new CommentSection
        {
            Provider = store.Name,
            Thread = thread,
            Form = form,
            Sources = [.. store.Sources, .. Flatten(thread).SelectMany(c => c.EmbeddedSources)],
        };
    }

    private static void ReportSharedThreads(IEnumerable<ContentItem> items, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(ThreadId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            // Translations of one page may share a thread through comments_id; other pages may not.
            var seen = new HashSet<string>(StringComparer.Ordinal) { first.Language.Code };
            foreach (var other in group.Skip(1).Where(i => i.TranslationKey != first.TranslationKey || !seen.Add(i.Language.Code)))
                diagnostics.Error(DiagnosticCodes.CommentThreadShared, other.SourcePath, other.FrontMatter.KeyLines.GetValueOrDefault("comments_id", 1), 1,
                    $"this page's comments would come from {StaticComments.Folder}/{group.Key}/, which is already the thread of {first.SourcePath}; give one of them its own 'comments_id'");
        }
    }

    private static void ReportThreadsWithoutPage(IEnumerable<CommentThreadFiles> threads, IReadOnlyList<ContentItem> items, DiagnosticBag diagnostics)
    {
        var owners = items.Select(ThreadId).ToHashSet(StringComparer.Ordinal);
        foreach (var thread in threads.Where(t => !owners.Contains(t.Id)))
            diagnostics.Error(DiagnosticCodes.CommentThreadWithoutPage, thread.Folder, 0, 0,
                $"no page has the slug or comments_id '{thread.Id}'{SpellingSuggester.Hint(thread.Id, owners)}, so these comments would not be shown; rename the folder, or give the page 'comments_id: {thread.Id}' (for example after renaming it)");
    }

    private static IReadOnlyList<CommentForm.Target> FormTargets(IReadOnlyList<CommentNode> thread) =>
        Flatten(thread).Select(c => new CommentForm.Target(c.Id, $"{c.Name}, {TemplateFunctions.DateText(c.Date)}")).ToList();

    private static IEnumerable<CommentNode> Flatten(IEnumerable<CommentNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Replies).Prepend(n));
}
