using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Content;

public class SourceTextDecoderTests
{
    [Fact]
    public void A_BOM_is_dropped_and_CRLF_becomes_LF()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("a\r\nb\rc"u8.ToArray()).ToArray();
        var diagnostics = new DiagnosticBag();

        Assert.Equal("a\nb\nc", SourceTextDecoder.Decode(bytes, "content/a.md", diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_byte_that_is_not_UTF8_is_reported_at_its_line_and_column()
    {
        var bytes = "---\ntitle: Caf"u8.ToArray().Concat(new byte[] { 0xE9 }).Concat("\n---\n"u8.ToArray()).ToArray();
        var diagnostics = new DiagnosticBag();

        Assert.Null(SourceTextDecoder.Decode(bytes, "content/a.md", diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("RG0111", 2, 11), (error.Code, error.Line, error.Column));
        Assert.Contains("0xE9", error.Message);
    }

    // The body a content file's page renders is decoded from its line on; it must be what splitting the whole text gives.
    [Theory]
    [InlineData("---\ntitle: A\n---\n# Body\n\ntext\n")]
    [InlineData("\uFEFF---\r\ntitle: Café\r\n---\r\nÉté\r\nhiver\r")]
    [InlineData("---\rtitle: A\r---\rone\r\ntwo\nthree")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\n---\n")]
    public void Decoding_from_the_body_line_gives_the_body_of_the_whole_text(string file)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(file);
        var split = FrontMatterSplitter.Split(SourceTextDecoder.Decode(bytes, "content/a.md", new DiagnosticBag())!, "content/a.md", new DiagnosticBag())!;

        Assert.Equal(split.Body, SourceTextDecoder.DecodeFrom(bytes, split.BodyFirstLine));
    }
}
