using Deque.AxeCore.Playwright;

namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class ResponsiveTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pages_OnAPhone_FitTheScreenWithoutSidewaysScrolling()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.RegisterAsync();
        // One saved story, so home's next steps and the progress page's story scores have rows.
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync("A story with a rather long title that has to wrap on a phone screen");
        await page.GetByLabel("Action").FillAsync("We fixed it together.");
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync();
        var paths = new[] { "/", "/principles", "/principles/ownership", "/walkthroughs", "/walkthroughs/webhook-drops-dive-deep", "/walkthroughs/webhook-drops-dive-deep/quiz", "/stories", "/stories/new", "/progress" };

        var overflowing = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoInteractiveAsync(path);
            var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            if (!fits)
            {
                overflowing.Add(path);
            }

            await page.ScreenshotAsync("phone" + path.Replace('/', '-').Replace('?', '-'));
        }

        overflowing.Should().BeEmpty();
    }

    [Fact]
    public async Task DarkMode_KeepsReadableContrast()
    {
        var page = await browser.NewPageAsync(colorScheme: ColorScheme.Dark);
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Action").FillAsync("We fixed it together.");
        await Assertions.Expect(page.Locator(".finding-list [data-rule=we-language]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync();
        var found = new List<string>();

        foreach (var path in new[] { "", "/", "/principles/dive-deep", "/walkthroughs/webhook-drops-dive-deep", "/walkthroughs/webhook-drops-dive-deep/quiz", "/progress" })
        {
            if (path.Length > 0)
            {
                await page.GotoInteractiveAsync(path);
            }

            var result = await page.RunAxe();
            found.AddRange(result.Violations.Where(v => v.Id == "color-contrast" && v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await page.ScreenshotAsync("dark" + (path.Length == 0 ? "-editor" : path.Replace('/', '-').Replace('?', '-')));
        }

        found.Should().BeEmpty();
    }
}
