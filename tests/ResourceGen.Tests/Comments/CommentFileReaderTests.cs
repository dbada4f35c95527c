using ResourceGen.Comments;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Comments;

public class CommentFileReaderTests
{
    private const string File = "data/comments/why-practice-at-home/2026-03-09-rachel.yml";

    private static (StaticComment? Comment, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (CommentFileReader.Read(File, yaml, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void A_comment_has_its_file_name_as_id()
    {
        var (comment, diagnostics) = Read("name: Rachel\ndate: 2026-03-09\nreply_to: 2026-03-08-tom\nbody: |\n  Thank you.\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("2026-03-09-rachel", "Rachel", "Thank you.\n", "2026-03-08-tom", 3, 11),
            (comment!.Id, comment.Name, comment.Body, comment.ReplyTo, comment.ReplyToLine, comment.ReplyToColumn));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), comment.Date);
        Assert.False(comment.HasTime);
    }

    [Fact]
    public void A_Staticman_timestamp_is_a_date_with_a_time()
    {
        var (comment, diagnostics) = Read("_id: 5f3a\nname: Rachel\ndate: 2026-03-09T18:30:05.123Z\nbody: Hi\nemail: 0bc1\n");

        Assert.Empty(diagnostics);
        Assert.True(comment!.HasTime);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 18, 30, 5, 123, TimeSpan.Zero), comment.Date);
    }

    [Theory]
    [InlineData("date: 2026-03-09\nbody: Hi\n", 1, 1, "'name' is required")]
    [InlineData("name: Rachel\nbody: Hi\n", 1, 1, "'date' is required")]
    [InlineData("name: Rachel\ndate: 2026-03-09\n", 1, 1, "'body' is required")]
    [InlineData("name: Rachel\ndate: 9 March\nbody: Hi\n", 2, 7, "'date' must be a date written YYYY-MM-DD")]
    [InlineData("name: Rachel\ndate: 2026-02-30\nbody: Hi\n", 2, 7, "got '2026-02-30'")]
    [InlineData("name: [Rachel]\ndate: 2026-03-09\nbody: Hi\n", 1, 7, "'name' must be text")]
    [InlineData("name: Rachel\ndate: 2026-03-09\nbody: Hi\nreply_to: [a, b]\n", 4, 11, "'reply_to' must be the id")]
    [InlineData("name: Rachel\ndate: 2026-03-09\nbody: \"Hi\n", 3, 7, "")]
    public void Problems_are_reported_with_file_line_and_column(string yaml, int line, int column, string message)
    {
        var (comment, diagnostics) = Read(yaml);

        Assert.Null(comment);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0602", File, line, column), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_misspelt_key_is_a_warning()
    {
        var (comment, diagnostics) = Read("name: Rachel\ndate: 2026-03-09\nbody: Hi\nreply-to: x\n");

        Assert.NotNull(comment);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, 4, 1), (warning.Severity, warning.Line, warning.Column));
        Assert.Contains("did you mean 'reply_to'?", warning.Message);
    }
}
