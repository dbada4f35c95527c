using System.Buffers.Binary;
using Microsoft.Playwright;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Browser;

/// <summary>
/// The README's screenshots (<c>docs/screenshots/</c>) are taken by this test. It writes fresh ones to the test
/// artefacts every run; run it with <c>RESOURCEGEN_UPDATE_SCREENSHOTS=1</c> to replace the committed ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadmeScreenshotTests(BrowserFixture fixture)
{
    /// <summary>Where the README's screenshots live.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "docs", "screenshots");

    [Theory]
    [InlineData("home.png", "", 1280, 900)]
    [InlineData("checklist.png", "checklists/weekly-home-practice-routine/", 390, 844)]
    public async Task The_README_screenshot_is_the_one_this_test_takes(string file, string path, int width, int height)
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + path, width, height);
        if (file == "checklist.png")
        {
            var boxes = probe.Page.Locator("main input[type=checkbox]");
            await boxes.Nth(0).CheckAsync();
            await boxes.Nth(1).CheckAsync();
            await probe.Page.Locator("[data-checklist]").ScrollIntoViewIfNeededAsync();
            await probe.Page.EvaluateAsync("() => window.scrollBy(0, -16)");
        }
        var fresh = Path.Combine(BrowserFixture.ScreenshotFolder, "readme-" + file);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await probe.Page.ScreenshotAsync(new PageScreenshotOptions { Path = fresh });

        var committed = Path.Combine(Folder, file);
        if (Environment.GetEnvironmentVariable("RESOURCEGEN_UPDATE_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.Copy(fresh, committed, overwrite: true);
        }

        Assert.True(File.Exists(committed), $"{committed} is missing: run this test with RESOURCEGEN_UPDATE_SCREENSHOTS=1");
        Assert.Equal(PngSize(fresh), PngSize(committed));
        Assert.Contains($"](docs/screenshots/{file})", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var header = File.ReadAllBytes(path).AsSpan(0, 24);
        Assert.True(header[..8].SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{path} is not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(header[16..]), BinaryPrimitives.ReadInt32BigEndian(header[20..]));
    }
}
