namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class ResponsiveTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pages_OnAPhone_FitTheScreenWithoutSidewaysScrolling()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.RegisterAsync();
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
}
