namespace ResourceGen.Comments;

/// <summary>One comment file, read and checked: <c>data/comments/&lt;thread&gt;/&lt;id&gt;.yml</c>.</summary>
/// <param name="Id">The file name without its extension.</param>
/// <param name="File">The file, relative to the site folder.</param>
/// <param name="Name">Who wrote it.</param>
/// <param name="Date">When it was written: a date, or a date and time (as Staticman writes it).</param>
/// <param name="HasTime">True when <paramref name="Date"/> came with a time of day.</param>
/// <param name="Body">The comment in Markdown.</param>
/// <param name="ReplyTo">The id of the comment this one answers, or null.</param>
/// <param name="ReplyToLine">The line of the <c>reply_to</c> value, for diagnostics.</param>
/// <param name="ReplyToColumn">The column of the <c>reply_to</c> value.</param>
internal sealed record StaticComment(string Id, string File, string Name, DateTimeOffset Date, bool HasTime, string Body,
    string? ReplyTo, int ReplyToLine, int ReplyToColumn);
