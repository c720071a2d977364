using System.Text.RegularExpressions;

namespace InterviewPrep.E2E;

/// <summary>Typed words under stress: fast typing, huge pastes, killed tabs, two tabs, a shared browser; and the page's security policy.</summary>
[Collection(BrowserCollection.Name)]
public class HardeningTests(BrowserFixture browser)
{
    private static async Task WaitSavedAsync(IPage page) =>
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 20_000 });

    private static async Task WaitChangeSavedAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-save-status]")).ToHaveAttributeAsync("data-save-status", new Regex("^(dirty|saving)$"));
        await WaitSavedAsync(page);
    }

    private static async Task ReloadInteractiveAsync(IPage page)
    {
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
    }

    private static string Words(int length, string seed)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(seed).Append(' ').Append(i).Append(". ");
        }

        // Ends on a word, not a space: the server stores sections trimmed (StoryText).
        return text.ToString(0, length - 1) + "x";
    }

    private static async Task<IPage> NewStoryAsync(BrowserFixture browser, string title)
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Situation").FillAsync("A nightly export had no owner after a reorg.");
        await WaitSavedAsync(page);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/stories/\d+$"));
        return page;
    }

    [Fact]
    public async Task Editor_FastTypingAndABurst_SavesEveryCharacterExactly()
    {
        var page = await NewStoryAsync(browser, "Fast typist");
        var typed = Words(300, "I traced the retries");
        var burst = Words(200, "Dropped events fell from 0.3% to 0.01%");

        await page.GetByLabel("Action").PressSequentiallyAsync(typed, new() { Delay = 5 });
        await page.GetByLabel("Result").PressSequentiallyAsync(burst, new() { Delay = 0 });

        await Assertions.Expect(page.GetByLabel("Action")).ToHaveValueAsync(typed);
        await Assertions.Expect(page.GetByLabel("Result")).ToHaveValueAsync(burst);
        await WaitSavedAsync(page);
        var export = await (await page.APIRequest.GetAsync(new Uri(page.Url).AbsolutePath + "/export")).TextAsync();
        export.Should().Contain(typed).And.Contain(burst);
        await ReloadInteractiveAsync(page);
        (await page.GetByLabel("Action").InputValueAsync()).Should().Be(typed);
        (await page.GetByLabel("Result").InputValueAsync()).Should().Be(burst);
        await Assertions.Expect(page.Locator("[data-browser-copy]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editor_PasteFarPastTheLimit_SaysSoKeepsTheTextAndRecovers()
    {
        var page = await NewStoryAsync(browser, "Huge paste");
        var huge = Words(40_000, "A pasted design document");

        await page.GetByLabel("Action").FillAsync(huge);

        await Assertions.Expect(page.Locator(".banner.bad")).ToContainTextAsync("far past the limit of 5,000");
        await Assertions.Expect(page.Locator("[data-save-status]")).ToHaveAttributeAsync("data-save-status", "error");
        (await page.GetByLabel("Action").InputValueAsync()).Should().HaveLength(40_000, "the pasted text stays in the box");
        await page.ScreenshotAsync("editor-huge-paste");

        await page.GetByLabel("Action").FillAsync("I cut the paste down to the three steps I took.");
        await WaitSavedAsync(page);
        await Assertions.Expect(page.Locator(".banner.bad")).ToHaveCountAsync(0);
        await ReloadInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Action")).ToHaveValueAsync("I cut the paste down to the three steps I took.");
    }

    [Fact]
    public async Task Editor_TabClosedAfterItsLastAutosave_OffersNoOlderCopy()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        var text = Words(300, "I rebuilt the export");
        // Typing goes on while the first save (which creates the story) is under way.
        await page.GetByLabel("Situation").PressSequentiallyAsync(text[..55], new() { Delay = 5 });
        await Assertions.Expect(page.Locator("[data-save-status=saving], [data-save-status=saved]")).ToHaveCountAsync(1);
        await page.GetByLabel("Situation").PressSequentiallyAsync(text[55..], new() { Delay = 5 });
        await WaitChangeSavedAsync(page);
        var url = new Uri(page.Url).AbsolutePath;

        await page.CloseAsync(new() { RunBeforeUnload = false });
        var reopened = await page.Context.NewPageAsync();
        await reopened.GotoInteractiveAsync(url);
        await reopened.WaitForTimeoutAsync(500);

        (await reopened.GetByLabel("Situation").InputValueAsync()).Should().Be(text);
        await Assertions.Expect(reopened.Locator("[data-browser-copy]")).ToHaveCountAsync(0);
        await reopened.GotoInteractiveAsync("/stories/new");
        await reopened.WaitForTimeoutAsync(500);
        await Assertions.Expect(reopened.Locator("[data-browser-copy]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editor_TwoTabs_TheSecondTabsWordsSurviveAConflictAndAReload()
    {
        var first = await NewStoryAsync(browser, "Two tabs");
        var url = new Uri(first.Url).AbsolutePath;
        var second = await first.Context.NewPageAsync();
        await second.GotoInteractiveAsync(url);
        var words = Words(120, "Typed in tab two");

        await first.GetByLabel("Task").FillAsync("Tab one's task.");
        await WaitChangeSavedAsync(first);
        await second.GetByLabel("Action").PressSequentiallyAsync(words, new() { Delay = 2 });
        await Assertions.Expect(second.Locator("[data-conflict]")).ToBeVisibleAsync();
        await first.GetByLabel("Task").FillAsync("Tab one's task, saved again.");
        await WaitChangeSavedAsync(first);
        await ReloadInteractiveAsync(second);

        await Assertions.Expect(second.Locator("[data-browser-copy]")).ToContainTextAsync("before the story was saved elsewhere");
        await second.GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();
        await WaitSavedAsync(second);
        await ReloadInteractiveAsync(second);
        (await second.GetByLabel("Action").InputValueAsync()).Should().Be(words);
        var history = await second.OpenHistoryAsync();
        await Assertions.Expect(history.Locator("[data-revision][data-kind=recovered]")).ToHaveCountAsync(1);
        // Tab one's last version is in History, not overwritten.
        await history.Locator("[data-revision]").Nth(1).GetByRole(AriaRole.Button, new() { Name = "View" }).ClickAsync();
        await Assertions.Expect(history.Locator(".revision-view")).ToContainTextAsync("Tab one's task, saved again.");
    }

    [Fact]
    public async Task Logout_LeavesNoTypedTextForTheNextUserOfTheBrowser()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        await page.Context.SetOfflineAsync(true);
        await page.GetByLabel("Title").FillAsync("User X's private story");
        await page.GetByLabel("Situation").FillAsync("Typed by X while offline.");
        (await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('ip-draft:')).length")).Should().Be(1);
        await page.Context.SetOfflineAsync(false);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        await page.WaitForTimeoutAsync(500);

        await Assertions.Expect(page.Locator("[data-browser-copy]")).ToHaveCountAsync(0);
        (await page.GetByLabel("Title").InputValueAsync()).Should().BeEmpty();
        (await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('ip-draft:')).length")).Should().Be(0);
    }

    [Fact]
    public async Task MainPages_RunUnderTheContentSecurityPolicy_WithNoViolation()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {m.Text}");
            }
        };

        foreach (var path in new[] { "/", "/principles", "/principles/ownership", "/walkthroughs" })
        {
            await page.GotoInteractiveAsync(path);
        }

        await page.GotoAsync("/Account/Login");

        await page.RegisterAsync();
        foreach (var path in new[] { "/", "/stories", "/stories/new", "/progress" })
        {
            await page.GotoInteractiveAsync(path);
        }

        var walkthrough = await page.EvaluateAsync<string>("async () => { const r = await fetch('/walkthroughs'); const t = await r.text(); return (t.match(/href=\"(\\/walkthroughs\\/[a-z0-9-]+)\"/) || [])[1]; }");
        await page.GotoInteractiveAsync(walkthrough + "?mode=rehearse");
        await page.GotoInteractiveAsync(walkthrough + "/quiz");

        var response = await page.APIRequest.GetAsync("/");
        response.Headers["content-security-policy"].Should().Contain("script-src 'self'");
        violations.Should().BeEmpty();
    }
}
