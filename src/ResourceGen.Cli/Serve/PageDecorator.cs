using System.Net;
using System.Text;

namespace ResourceGen.Cli.Serve;

/// <summary>
/// Adds what only the preview shows to a served HTML page, never to the built files: the live-reload script, the
/// overlay listing the last build's problems, and the draft banner.
/// </summary>
public static class PageDecorator
{
    /// <summary>The marker of everything this class adds; <c>build</c> output never contains it.</summary>
    public const string Marker = "data-resourcegen-serve";

    /// <summary>The folder of the preview's own URLs.</summary>
    public const string Prefix = "/__resourcegen/";

    /// <summary>The page with the preview additions.</summary>
    public static string Decorate(string html, PreviewState state, bool isDraft)
    {
        var tail = new StringBuilder();
        tail.Append($"<link rel=\"stylesheet\" href=\"{Prefix}preview.css\" {Marker}>");
        if (state.Failed) tail.Append(Overlay(state));
        tail.Append($"<script src=\"{Prefix}preview.js\" data-build=\"{state.Build}\" {Marker}></script>");
        var page = InsertBefore(html, "</body>", tail.ToString());
        return isDraft ? InsertAfterBodyTag(page, DraftBanner) : page;
    }

    private const string DraftBanner =
        $"<div class=\"resourcegen-draft-banner\" role=\"note\" {Marker}><strong>Draft</strong>: this page is not published. You see it because serve runs with --drafts.</div>";

    private static string Overlay(PreviewState state)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"resourcegen-overlay\" class=\"resourcegen-overlay\" role=\"alertdialog\" aria-labelledby=\"resourcegen-overlay-title\" {Marker}>");
        html.Append("<h2 id=\"resourcegen-overlay-title\">The site did not build</h2>");
        html.Append("<p>You are seeing the last good build. Fix the problem below and save: this message goes away by itself.</p><ol>");
        foreach (var problem in state.Problems)
        {
            var where = problem.File.Length == 0 ? "" : problem.Line > 0 ? $"{problem.File}:{problem.Line}:{Math.Max(problem.Column, 1)}" : problem.File;
            html.Append("<li>");
            if (where.Length > 0) html.Append($"<code class=\"resourcegen-overlay__where\">{Encode(where)}</code> ");
            html.Append($"<span class=\"resourcegen-overlay__severity\">{(problem.Severity == ResourceGen.Diagnostics.Severity.Error ? "error" : "warning")} {Encode(problem.Code)}</span>");
            html.Append($"<p class=\"resourcegen-overlay__message\">{Encode(problem.Message)}</p>");
            html.Append($"<p class=\"resourcegen-overlay__fix\">Fix: {Encode(problem.Descriptor.Fix)}</p></li>");
        }
        return html.Append("</ol></div>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string InsertBefore(string html, string tag, string insert)
    {
        var at = html.LastIndexOf(tag, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + insert : html.Insert(at, insert);
    }

    private static string InsertAfterBodyTag(string html, string insert)
    {
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var end = body < 0 ? -1 : html.IndexOf('>', body);
        return end < 0 ? insert + html : html.Insert(end + 1, insert);
    }
}
