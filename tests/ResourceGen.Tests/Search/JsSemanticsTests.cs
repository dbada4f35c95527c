using System.Text;
using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

public class JsSemanticsTests
{
    [Theory]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(1000.4999999999999, 1000)]
    [InlineData(4471.5, 4472)]
    public void Round_is_javascripts_math_round(double value, double rounded) => Assert.Equal(rounded, JsNumber.Round(value));

    [Theory] // expected values printed by node 20
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-1e-7, "-1e-7")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(1.5e-6, "0.0000015")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.001, "0.001")]
    [InlineData(-0.0, "0")]
    [InlineData(1.27, "1.27")]
    [InlineData(12345.678, "12345.678")]
    [InlineData(9007199254740992d, "9007199254740992")]
    public void Numbers_are_formatted_like_javascript(double value, string text)
    {
        Assert.Equal(text, JsNumber.Format(value));
        var writer = new LunrJsonWriter();
        writer.Number(value);
        Assert.Equal(text, Encoding.UTF8.GetString(writer.Written));
    }

    [Fact]
    public void Weights_in_thousandths_are_formatted_like_any_other_number()
    {
        for (var k = 0; k < 3_000_000; k += k < 20_000 ? 1 : 997)
        {
            var value = JsNumber.Round(k * 1.0) / 1000;
            var writer = new LunrJsonWriter();
            writer.Number(value);
            Assert.Equal(JsNumber.Format(value), Encoding.UTF8.GetString(writer.Written));
        }
    }

    [Theory] // expected values printed by JSON.stringify in node 20
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\u0001\u001f\b\f\n\r\t", "\"\\u0001\\u001f\\b\\f\\n\\r\\t\"")]
    [InlineData("\u007f\u2028\u2029+<>&'", "\"\u007f\u2028\u2029+<>&'\"")]
    [InlineData("café 😀 \uFEFF", "\"café 😀 \uFEFF\"")]
    public void Strings_are_escaped_like_json_stringify(string value, string json) => Assert.Equal(json, Json(value));

    [Fact]
    public void Lone_surrogates_are_escaped_like_json_stringify()
    {
        // Not [InlineData]: attribute strings are stored as UTF-8, which turns lone surrogates into U+FFFD.
        Assert.Equal("\"\\ud800x\"", Json("\ud800x"));
        Assert.Equal("\"x\\udc00\"", Json("x\udc00"));
        Assert.Equal("\"😀\\ud83d\"", Json("\ud83d\ude00\ud83d"));
        Assert.Equal("\"\\udc00\\ud800\"", Json("\udc00\ud800"));
    }

    private static string Json(string value)
    {
        var writer = new LunrJsonWriter();
        writer.String(value);
        return Encoding.UTF8.GetString(writer.Written);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData("4294967294", 4294967294)]
    [InlineData("4294967295", -1)]
    [InlineData("01", -1)]
    [InlineData("-1", -1)]
    [InlineData("1.5", -1)]
    [InlineData("", -1)]
    [InlineData("a1", -1)]
    [InlineData("99999999999", -1)]
    public void Array_index_keys_are_recognised(string key, long value) => Assert.Equal(value, JsPropertyKeys.ArrayIndex(key));
}
