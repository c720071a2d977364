namespace InterviewPrep.E2E;

/// <summary>
/// Reading pages are static server-rendered HTML: they never open a circuit (each costs server
/// memory), yet keep enhanced navigation. Interactive pages do open one.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RenderModeTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/principles")]
    [InlineData("/principles/dive-deep")]
    [InlineData("/walkthroughs")]
    [InlineData("/walkthroughs/webhook-drops-dive-deep")]
    public async Task ReadingPage_SignedOut_OpensNoCircuit(string path)
    {
        var page = await browser.NewPageAsync();
        var blazorTraffic = Watch(page);

        await page.GotoInteractiveAsync(path);
        // Follow a link inside the site too: enhanced navigation must not start a circuit either.
        await page.Locator("main a[href^='/principles']").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/principles"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        blazorTraffic.Should().BeEmpty($"{path} needs no interactivity");
    }

    [Fact]
    public async Task ReadingPage_LinkToAnother_IsEnhancedNavigationNotAFullLoad()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/principles");
        await page.EvaluateAsync("() => window.__samePage = true");

        await page.Locator("[data-theme=dive-deep] a").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dive Deep", Level = 1 })).ToBeVisibleAsync();
        (await page.EvaluateAsync<bool>("() => window.__samePage === true")).Should().BeTrue("blazor.web.js swapped the page in place");
    }

    [Fact]
    public async Task InteractivePart_Rehearse_OpensACircuit()
    {
        var page = await browser.NewPageAsync();
        var blazorTraffic = Watch(page);

        await page.GotoInteractiveAsync("/walkthroughs/webhook-drops-dive-deep?mode=rehearse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-countdown]")).ToContainTextAsync("left");
        blazorTraffic.Should().Contain(u => u.Contains("/_blazor", StringComparison.Ordinal));
    }

    // Every request or WebSocket to the circuit hub (/_blazor/negotiate, the socket itself).
    private static List<string> Watch(IPage page)
    {
        var seen = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                seen.Add(r.Url);
            }
        };
        page.WebSocket += (_, ws) => seen.Add(ws.Url);
        return seen;
    }
}
