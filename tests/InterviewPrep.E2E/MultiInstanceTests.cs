using System.Text.RegularExpressions;

namespace InterviewPrep.E2E;

/// <summary>
/// Several instances on one PostgreSQL database (issue 13): an account and a story made through
/// one are there through the other, and through nginx a user whose instance dies mid-sentence
/// loses nothing they typed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MultiInstanceTests(BrowserFixture browser)
{
    [Fact]
    public async Task RegisterOnA_SameCookieIsSignedInOnB_StorySavedThroughAIsListedThroughB()
    {
        await using var setup = await MultiInstance.StartAsync(withProxy: false, "two");
        var page = await browser.NewPageAsync(baseUrl: setup.A.BaseUrl);
        // Cookies belong to the host, not the port: this browser sends A's cookie to B too.
        await page.RegisterAsync();

        await page.GotoInteractiveAsync(setup.B.BaseUrl + "/stories");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stories$"));

        await page.GotoInteractiveAsync(setup.A.BaseUrl + "/stories/new");
        await page.GetByLabel("Title").FillAsync("Saved through A");
        await page.GetByLabel("Situation").FillAsync("Two instances share one database.");
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        await page.GotoInteractiveAsync(setup.B.BaseUrl + "/stories");
        await Assertions.Expect(page.Locator("a.story-title", new() { HasText = "Saved through A" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("multi-story-listed-on-b");
    }

    [Fact]
    public async Task ThroughNginx_InstanceDiesWhileTyping_EveryTypedCharacterEndsUpInTheDatabase()
    {
        await using var setup = await MultiInstance.StartAsync(withProxy: true, "proxy");
        var page = await browser.NewPageAsync(baseUrl: setup.ProxyUrl);
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync("Failover story");
        await page.GetByLabel("Situation").FillAsync("Our cohort's practice server ran on two machines.");
        await page.GetByLabel("Reflection").FillAsync("Saved before the crash.");
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/stories/\d+$"));
        var storyId = int.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        var serving = setup.NameOf(await UpstreamAsync(page));
        serving.Should().BeOneOf("A", "B");

        // Typed key by key, then the instance holding this circuit dies before its autosave.
        const string typed = " Then I typed this — “every word”, café, 42% — and the server died.";
        var reflection = page.GetByLabel("Reflection");
        await reflection.PressAsync("End");
        await reflection.PressSequentiallyAsync(typed, new() { Delay = 15 });
        await setup.Named(serving).KillAsync();
        // (On a slow machine an autosave may have caught part of the words; the last ones never arrived.)
        (await setup.StoryFieldAsync(storyId, "Reflection")).Should().NotBe("Saved before the crash." + typed, "the last words had not reached the server when it died");

        // The browser reconnects through nginx to the other instance, which does not know the
        // circuit: the page reloads there and offers the browser's copy back.
        var restore = page.GetByRole(AriaRole.Button, new() { Name = "Restore it" });
        await Assertions.Expect(restore).ToBeVisibleAsync(new() { Timeout = 60_000 });
        setup.NameOf(await UpstreamAsync(page)).Should().NotBe(serving);
        await page.ScreenshotAsync("multi-failover-offer");
        await restore.ClickAsync();
        await Assertions.Expect(reflection).ToHaveValueAsync("Saved before the crash." + typed);
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        (await setup.StoryFieldAsync(storyId, "Reflection")).Should().Be("Saved before the crash." + typed);
        (await setup.StoryFieldAsync(storyId, "Situation")).Should().Be("Our cohort's practice server ran on two machines.");
    }

    /// <summary>The instance nginx sends this browser's requests to (its X-Upstream header), asked from the page itself.</summary>
    private static Task<string> UpstreamAsync(IPage page) =>
        page.EvaluateAsync<string>("async () => (await fetch('/health', { cache: 'no-store' })).headers.get('x-upstream') || ''");
}
