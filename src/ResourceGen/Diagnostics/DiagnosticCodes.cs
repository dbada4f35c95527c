namespace ResourceGen.Diagnostics;

/// <summary>Every diagnostic code ResourceGen reports. Codes are stable: never renumber one.</summary>
public static class DiagnosticCodes
{
    private static DiagnosticDescriptor Config(string code, string meaning, string fix) => new(code, DiagnosticCategory.Configuration, meaning, fix);
    private static DiagnosticDescriptor Content(string code, string meaning, string fix) => new(code, DiagnosticCategory.Content, meaning, fix);

    /// <summary>site.yml is missing.</summary>
    public static readonly DiagnosticDescriptor SiteConfigMissing = Config("RG0001", "site.yml was not found in the site folder", "Run the command in the site folder, pass --source, or create site.yml with at least a title and base_url.");
    /// <summary>site.yml is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor SiteConfigSyntax = Config("RG0002", "site.yml is not valid YAML", "Fix the YAML at the line and column given (indentation, a missing colon, an unclosed quote or bracket).");
    /// <summary>A site.yml value has the wrong type or an unknown value.</summary>
    public static readonly DiagnosticDescriptor SiteConfigValue = Config("RG0003", "a site.yml setting has a wrong or unsupported value", "Use the value type the site.yml reference in the README gives for that key.");
    /// <summary>A folder or option given on the command line cannot be used.</summary>
    public static readonly DiagnosticDescriptor UsageError = Config("RG0004", "a folder or option given on the command line cannot be used", "Check --source and --output: the output must not be the site folder or contain it.");
    /// <summary>A command would overwrite a file or fill a folder that is not empty.</summary>
    public static readonly DiagnosticDescriptor WouldOverwrite = Config("RG0005", "a file or folder the command would create already exists", "Choose another title (new) or a new or empty folder (init); ResourceGen never overwrites your files.");
    /// <summary>--git-dates could not read the git history.</summary>
    public static readonly DiagnosticDescriptor GitHistoryUnavailable = Config("RG0006", "--git-dates could not read the git history, so pages without 'updated' keep their own dates (warning)", "Run the command inside a git clone with git installed; in GitHub Actions check out the whole history (fetch-depth: 0).");

    /// <summary>No front matter, or it is not closed.</summary>
    public static readonly DiagnosticDescriptor FrontMatterMissing = Content("RG0101", "the file has no front matter block, or it is not closed", "Start the file with a line '---', then the keys (title: ...), then another line '---'.");
    /// <summary>A date is not YYYY-MM-DD.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = Content("RG0102", "a date is not a real date in the form YYYY-MM-DD", "Write the date as year-month-day, e.g. 2026-03-14.");
    /// <summary>A value is not one of the allowed values.</summary>
    public static readonly DiagnosticDescriptor ValueNotAllowed = Content("RG0103", "a value is not one of the values allowed for that key", "Use one of the values the message lists (spelling matters).");
    /// <summary>A required key is missing.</summary>
    public static readonly DiagnosticDescriptor RequiredKeyMissing = Content("RG0104", "a required front-matter key is missing", "Add the key the message names to the front matter.");
    /// <summary>A value has the wrong shape (text where a list or number is expected).</summary>
    public static readonly DiagnosticDescriptor WrongValueType = Content("RG0105", "a front-matter value has the wrong type", "Give the kind of value the message names: text, a whole number, true/false or a list.");
    /// <summary>The front matter is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor FrontMatterSyntax = Content("RG0106", "the front matter is not valid YAML", "Fix the YAML at the line and column given; put quotes around text that contains a colon.");
    /// <summary>An age range is malformed.</summary>
    public static readonly DiagnosticDescriptor InvalidAgeRange = Content("RG0107", "'age' is not a range of years like \"3-6\"", "Write the age as \"min-max\" in years, with min no larger than max, e.g. age: \"3-6\".");
    /// <summary>A slug has characters that cannot be part of a URL.</summary>
    public static readonly DiagnosticDescriptor InvalidSlug = Content("RG0108", "'slug' may only hold lowercase letters, digits and hyphens", "Use lowercase letters a-z, digits and '-', e.g. slug: home-practice-tips.");
    /// <summary>A series is inconsistent.</summary>
    public static readonly DiagnosticDescriptor SeriesProblem = Content("RG0109", "a series part is missing, repeated, or given without a series", "Give every page of a series the same 'series' name and parts 1, 2, 3 ... with none repeated.");
    /// <summary>A number is out of range.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange = Content("RG0110", "a number is out of its allowed range", "Use a whole number within the bounds the message gives, e.g. duration: 20 (1 or more).");
    /// <summary>A file is not valid UTF-8 text.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Content("RG0111", "the file is not UTF-8 text", "Save the file as UTF-8 in your editor (File > Save with encoding > UTF-8).");
    /// <summary>A front-matter key looks like a misspelt known key.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Content("RG0112", "a front-matter key is unknown and looks like a misspelling of a known key", "Correct the key's spelling; your own keys are kept, but pick names that are not one letter away from a known key.");
    /// <summary>A file cannot be given a content type.</summary>
    public static readonly DiagnosticDescriptor UnknownType = Content("RG0113", "the content type cannot be told from the folder", "Put the file in content/articles/, content/activities/ or content/checklists/, or add 'type: article' (or activity, checklist).");
    /// <summary>A link points to a file that does not exist.</summary>
    public static readonly DiagnosticDescriptor BrokenFileLink = Content("RG0302", "a link or image points to a file that does not exist", "Check the file name; put images next to the page or in static/ and link to them with a relative path.");
    /// <summary>A content file is larger than the limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Content("RG0114", "the file is larger than the size limit (max_file_size, 1 MiB by default)", "Split the page in two, move large data out of the Markdown, or raise max_file_size in site.yml.");
    /// <summary>A tag is not in the site's vocabulary.</summary>
    public static readonly DiagnosticDescriptor TagNotInVocabulary = Content("RG0115", "a tag is not in the tag vocabulary declared in site.yml", "Use one of the tags listed under schema.tags in site.yml (the message suggests the closest), or add the new tag there.");
    /// <summary>A checklist has no items.</summary>
    public static readonly DiagnosticDescriptor EmptyChecklist = Content("RG0116", "a checklist has no task-list items", "Write each item on its own line as '- [ ] item'.");
    /// <summary>A symbolic link leads outside the site folder, nowhere, or round in a loop.</summary>
    public static readonly DiagnosticDescriptor LinkNotFollowed = Content("RG0117", "a symbolic link points outside the site folder, to nothing, or round in a loop, so it was not followed", "Replace the link with a copy of the file inside the site folder, or point it at a file or folder inside the site.");
    /// <summary>A file or the site goes past one of the limits of site.yml's limits: block.</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = Content("RG0118", "a file or the site is over one of the limits (front-matter size, YAML nesting or aliases, number of files, output size)", "Make the file smaller or plainer as the message says, or raise the limit it names under limits: in site.yml.");
    /// <summary>A list in the front matter has an empty item.</summary>
    public static readonly DiagnosticDescriptor EmptyListItem = Content("RG0119", "a list in the front matter has an empty item", "Remove the empty item (a '-' with nothing after it, or \"\" in brackets), or write the value it should hold.");
    /// <summary>A file name gives a language code that site.yml does not list.</summary>
    public static readonly DiagnosticDescriptor UnknownLanguage = Content("RG0701", "a file name ends in a language code (x.fr.md) that site.yml does not list under languages", "Add the language under languages: in site.yml (fr: { name: Français }), or rename the file without the code.");
    /// <summary>Two files are the same page in the same language.</summary>
    public static readonly DiagnosticDescriptor TranslationTwice = Content("RG0702", "two files are the same page in the same language", "Keep one of the files, or give one a different language code or 'translation_key'.");
    /// <summary>A translation_key that no other file has.</summary>
    public static readonly DiagnosticDescriptor TranslationKeyUnshared = Content("RG0703", "a 'translation_key' is not shared by any other file", "Give the original and each translation the same 'translation_key', or remove it.");
    /// <summary>The original changed after its translation (warning).</summary>
    public static readonly DiagnosticDescriptor TranslationOutdated = Content("RG0704", "the original of a translation changed after the translation was last updated (warning)", "Bring the translation up to date with the original, then set its 'updated' date.");
    /// <summary>Two pages would be written to the same URL.</summary>
    public static readonly DiagnosticDescriptor DuplicateUrl = Content("RG0201", "two pages have the same URL", "Give one of the pages a different file name or 'slug'.");
    /// <summary>A link points to a content file that does not exist.</summary>
    public static readonly DiagnosticDescriptor BrokenContentLink = Content("RG0301", "a link points to a content file that does not exist", "Check the file name and folder in the link; links are relative to the file that contains them.");

    /// <summary>A link points to an anchor that does not exist on its page.</summary>
    public static readonly DiagnosticDescriptor BrokenAnchor = Content("RG0303", "a link points to a #heading that does not exist on the target page", "Use the heading's anchor: its text in lowercase with spaces as '-' and punctuation dropped (the message lists the page's anchors).");
    /// <summary>A link points to a site path that the build does not produce.</summary>
    public static readonly DiagnosticDescriptor BrokenSitePath = Content("RG0304", "a link points to a site path (starting with /) that does not exist", "Link to a page that exists (e.g. /tags/fine-motor/), or link to the Markdown file with a relative path.");
    /// <summary>An image has no alt text.</summary>
    public static readonly DiagnosticDescriptor MissingAltText = Content("RG0305", "an image has no alternative text", "Describe the image between the brackets: ![A child threading beads](beads.jpg).");
    /// <summary>A link with a dangerous scheme was removed.</summary>
    public static readonly DiagnosticDescriptor UnsafeLink = Content("RG0306", "a link uses a scheme that can run code (javascript:, vbscript:, data:) and was removed", "Link to an http(s) address or a page of the site instead.");
    /// <summary>Raw HTML was changed by the sanitiser.</summary>
    public static readonly DiagnosticDescriptor RawHtmlSanitized = Content("RG0401", "raw HTML in Markdown had unsafe parts (scripts, event handlers, javascript: URLs, unknown iframes) that were removed", "Remove the unsafe HTML, use Markdown instead, add the video host to markdown.iframe_hosts, or set markdown.unsafe_html: true in site.yml if you trust every author.");

    /// <summary>The comments section of site.yml is missing a key or has a wrong value.</summary>
    public static readonly DiagnosticDescriptor CommentSettings = Config("RG0601", "a comments setting in site.yml is missing or has a wrong value", "Add the key the message names under comments: in site.yml, or correct its value (the README's Comments section lists each provider's keys).");
    /// <summary>A static comment file cannot be used.</summary>
    public static readonly DiagnosticDescriptor CommentFile = Content("RG0602", "a comment file under data/comments/ is not valid (YAML, a missing key, a wrong date)", "Give the comment file 'name', 'date' (YYYY-MM-DD) and 'body' keys, and fix the YAML at the line and column given.");
    /// <summary>A comment replies to a comment that does not exist.</summary>
    public static readonly DiagnosticDescriptor CommentReplyTarget = Content("RG0603", "a comment's 'reply_to' names no comment of its thread, or replies form a loop", "Set 'reply_to' to the file name (without .yml) of another comment in the same folder, or remove it.");
    /// <summary>A comments folder belongs to no page.</summary>
    public static readonly DiagnosticDescriptor CommentThreadWithoutPage = Content("RG0604", "a folder under data/comments/ matches no page", "Name the folder after the page's slug, or give the page 'comments_id: <folder name>' (for example after renaming the page).");
    /// <summary>Two pages would show the same comment thread.</summary>
    public static readonly DiagnosticDescriptor CommentThreadShared = Content("RG0605", "two pages would show the same comment thread", "Give one of the pages its own 'comments_id'.");

    /// <summary>A template does not parse or fails while rendering.</summary>
    public static readonly DiagnosticDescriptor TemplateError = Config("RG0501", "a template has an error", "Fix the template at the line and column given; see the Scriban language reference.");
    /// <summary>A template the site needs is missing.</summary>
    public static readonly DiagnosticDescriptor TemplateMissing = Config("RG0502", "a template the site needs is missing", "Add the template file named in the message to templates/.");
    /// <summary>A language's theme strings file lacks a text the default language has.</summary>
    public static readonly DiagnosticDescriptor ThemeStringMissing = Config("RG0503", "a theme text is missing from a language's file under templates/i18n/, so the default language's text is shown (warning)", "Add the key the message names, with its translation, to that language's file.");

    /// <summary>A bug in ResourceGen.</summary>
    public static readonly DiagnosticDescriptor InternalError = new("RG9999", DiagnosticCategory.Internal, "ResourceGen itself failed (a bug)", "Report it with the message; your previous output was left as it was.");

    /// <summary>All codes, in code order, for documentation.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToList();
}
