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
}
