using System.Text.RegularExpressions;

namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class StoryTests(BrowserFixture browser)
{
    private const string WeakAction = "We looked at the logs together and we figured out the root cause. We rolled out a fix.";
    private const string WeakResult = "Things got better and the team was happy.";

    private static async Task WriteWeakStoryAsync(IPage page, string title)
    {
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Situation").FillAsync("Our payment webhooks were dropping a few events every day and merchants noticed delays.");
        await page.GetByLabel("Task").FillAsync("I wanted to find out why the events were lost.");
        await page.GetByLabel("Action").FillAsync(WeakAction);
        await page.GetByLabel("Result").FillAsync(WeakResult);
        await page.GetByLabel("Reflection").FillAsync("I learned communication is important.");
    }

    private static async Task WaitSavedAsync(IPage page) =>
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 15_000 });

    /// <summary>
    /// Waits for the save of a change just made. The status may still say "saved" from before the
    /// change reached the server, so first wait for it to leave that state (it stays "dirty" for the
    /// whole autosave delay), then for the new save.
    /// </summary>
    private static async Task WaitChangeSavedAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-save-status]")).ToHaveAttributeAsync("data-save-status", new Regex("^(dirty|saving)$"));
        await WaitSavedAsync(page);
    }

    [Fact]
    public async Task Editor_WeakStory_HighlightsFindingsThatGoAwayWhenFixed_AndSurvivesReload()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();

        await WriteWeakStoryAsync(page, "Webhook drops");

        await Assertions.Expect(page.Locator(".finding-list [data-rule=we-language][data-section=action]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".finding-list [data-rule=missing-metric][data-section=result]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-field=action] mark.finding[data-rule=we-language]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-verdict]")).ToHaveAttributeAsync("data-verdict", "weak");
        await WaitSavedAsync(page);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/stories/\d+$"));
        await page.ScreenshotAsync("editor-weak");
        var weakScore = int.Parse((await page.Locator("[data-score]").GetAttributeAsync("data-score"))!, System.Globalization.CultureInfo.InvariantCulture);
        // "Why N?" shows the arithmetic: five sections with weights, and a formula ending on the score.
        await page.GetByText($"Why {weakScore}?").ClickAsync();
        await Assertions.Expect(page.Locator("[data-rubric-section]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-rubric-section=action]")).ToContainTextAsync("×3");
        await Assertions.Expect(page.Locator("[data-formula]")).ToContainTextAsync($"= {weakScore}");
        await Assertions.Expect(page.Locator("[data-verdict-reason]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("editor-why-score");

        await page.GetByLabel("Action").FillAsync("I pulled the delivery logs and I traced the drops to a race in the retry code. I wrote a fix and I shipped it behind a flag.");
        await page.GetByLabel("Result").FillAsync("Dropped events went from 0.3% to zero within a week, recovering about $8K per week.");

        await Assertions.Expect(page.Locator(".finding-list [data-rule=we-language]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".finding-list [data-rule=missing-metric]")).ToHaveCountAsync(0);
        var betterScore = int.Parse((await page.Locator("[data-score]").GetAttributeAsync("data-score"))!, System.Globalization.CultureInfo.InvariantCulture);
        betterScore.Should().BeGreaterThan(weakScore);
        await WaitSavedAsync(page);

        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);

        await Assertions.Expect(page.GetByLabel("Result")).ToHaveValueAsync(new Regex("0.3% to zero"));
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("Webhook drops");
        await page.ScreenshotAsync("editor-fixed");

        // The progress page shows the story with its score now.
        await page.GotoInteractiveAsync("/progress");
        await Assertions.Expect(page.Locator("[data-story-trend]")).ToHaveAttributeAsync("data-now", betterScore.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync("progress-stories");
    }

    [Fact]
    public async Task Editor_RestoreRevision_BringsBackEarlierText()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteWeakStoryAsync(page, "Revision story");
        await WaitSavedAsync(page);
        var count = page.Locator("[data-history-open] .count");
        var before = await count.TextContentAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
        await Assertions.Expect(count).Not.ToHaveTextAsync(before!);
        await page.GetByLabel("Result").FillAsync("Latency fell from 900 ms to 140 ms.");
        before = await count.TextContentAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
        await Assertions.Expect(count).Not.ToHaveTextAsync(before!);
        await page.WaitForTimeoutAsync(1500); // past the autosave delay, so no save lands while the dialog is open
        await WaitSavedAsync(page);

        // Opened from the keyboard: the dialog lists every revision, as many as its button and title say.
        var shown = await count.TextContentAsync();
        await page.Locator("[data-history-open]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var history = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(history.Locator("[data-revision][data-kind=manual]")).ToHaveCountAsync(2);
        var rows = await history.Locator("[data-revision]").CountAsync();
        rows.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(shown);
        await Assertions.Expect(history.Locator("[data-history-count]")).ToHaveTextAsync(shown!);
        await Assertions.Expect(history).ToContainTextAsync("2 saved versions");
        await page.ScreenshotAsync("editor-history");
        // The oldest revision holds the first wording of the Result.
        await history.Locator("[data-revision]").Last.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Result")).ToHaveValueAsync(WeakResult);
        await Assertions.Expect(count).Not.ToHaveTextAsync(shown!);
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.GetByLabel("Result")).ToHaveValueAsync(WeakResult);
    }

    [Fact]
    public async Task Story_OfAnotherUser_Is404_AndItsExportToo()
    {
        var owner = await browser.NewPageAsync();
        await owner.RegisterAsync();
        await WriteWeakStoryAsync(owner, "Private story");
        await WaitSavedAsync(owner);
        var url = new Uri(owner.Url).AbsolutePath;

        var other = await browser.NewPageAsync();
        await other.RegisterAsync();
        var response = await other.GotoAsync(url);
        var export = await other.APIRequest.GetAsync(url + "/export");

        var rehearse = await other.APIRequest.GetAsync(url + "/rehearse");
        response!.Status.Should().Be(404);
        rehearse.Status.Should().Be(404);
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Story not found" })).ToBeVisibleAsync();
        await Assertions.Expect(other.GetByText("Private story")).ToHaveCountAsync(0);
        export.Status.Should().Be(404);
    }

    [Fact]
    public async Task OwnStory_RehearsedAgainstTheSectionTimers()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteWeakStoryAsync(page, "Rehearse mine");
        await WaitSavedAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rehearse out loud" }).ClickAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-countdown]")).ToContainTextAsync("0:");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reveal your written version" }).ClickAsync();
        await Assertions.Expect(page.Locator(".strong-example")).ToContainTextAsync("merchants noticed delays");
        for (var i = 0; i < 4; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next section" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Reveal your written version" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator(".coaching").Last).ToContainTextAsync("Watch out");
        await page.GetByRole(AriaRole.Button, new() { Name = "See my summary" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-rehearse-summary] tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-rehearse-summary] tr[data-section=action]")).ToContainTextAsync("1:30");

        // The run is kept: listed under the summary, and named on the next visit before starting.
        await Assertions.Expect(page.Locator("[data-rehearsal-saved]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-rehearsal-run]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("story-rehearse-summary");
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.Locator("[data-last-rehearsal]")).ToContainTextAsync("Last time you took");
    }

    [Fact]
    public async Task Story_WithHtmlInIt_IsShownAsText()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        var evil = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";

        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync(evil);
        await page.GetByLabel("Situation").FillAsync(evil);
        await WaitSavedAsync(page);
        await page.GotoInteractiveAsync("/stories");

        await Assertions.Expect(page.Locator(".story-title")).ToHaveTextAsync(evil);
        (await page.TitleAsync()).Should().NotBe("pwned");
        (await page.Locator(".story-list img").CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Editor_TwoTabs_SecondSaveGetsConflictNotice_AndLosesNothing()
    {
        var first = await browser.NewPageAsync();
        await first.RegisterAsync();
        await WriteWeakStoryAsync(first, "Two tabs");
        await WaitSavedAsync(first);
        var url = new Uri(first.Url).AbsolutePath;
        var second = await first.Context.NewPageAsync();
        await second.GotoInteractiveAsync(url);

        await first.GetByLabel("Title").FillAsync("Edited in tab one");
        await WaitChangeSavedAsync(first);
        await second.GetByLabel("Title").FillAsync("Edited in tab two");

        await Assertions.Expect(second.Locator("[data-conflict]")).ToBeVisibleAsync();
        await second.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Load the other version") }).ClickAsync();
        await Assertions.Expect(second.GetByLabel("Title")).ToHaveValueAsync("Edited in tab one");
        var history = await second.OpenHistoryAsync();
        await Assertions.Expect(history.Locator("[data-revision][data-kind=conflict]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Editor_ConnectionDropped_TypedTextIsOfferedBackAfterReload()
    {
        var page = await browser.NewPageAsync();
        // Stand between the page and the server's circuit, so the test can cut the connection
        // the way a train tunnel does: the page keeps working, nothing reaches the server.
        var connected = true;
        await page.RouteWebSocketAsync(new Regex("/_blazor"), ws =>
        {
            var server = ws.ConnectToServer();
            ws.OnMessage(frame =>
            {
                if (!connected)
                {
                    return;
                }

                if (frame.Binary is not null)
                {
                    server.Send(frame.Binary);
                }
                else
                {
                    server.Send(frame.Text!);
                }
            });
            server.OnMessage(frame =>
            {
                if (frame.Binary is not null)
                {
                    ws.Send(frame.Binary);
                }
                else
                {
                    ws.Send(frame.Text!);
                }
            });
        });
        await page.RegisterAsync();
        await WriteWeakStoryAsync(page, "Tunnel story");
        await WaitSavedAsync(page);

        connected = false;
        await page.GetByLabel("Reflection").FillAsync("Typed while the connection was down.");
        await page.WaitForTimeoutAsync(2500); // longer than the autosave delay: nothing may arrive
        connected = true;
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);

        await Assertions.Expect(page.GetByLabel("Reflection")).ToHaveValueAsync("I learned communication is important.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Reflection")).ToHaveValueAsync("Typed while the connection was down.");
        await WaitSavedAsync(page);
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.GetByLabel("Reflection")).ToHaveValueAsync("Typed while the connection was down.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restore it" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editor_ReloadRightAfterTyping_KeepsTheText()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteWeakStoryAsync(page, "Reload story");
        await WaitSavedAsync(page);

        await page.GetByLabel("Reflection").FillAsync("Typed just before the reload.");
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        // Either the server saved it as the old page closed, or the browser copy offers it back
        // (the offer appears a moment after the page is interactive, so wait for one or the other).
        var restore = page.GetByRole(AriaRole.Button, new() { Name = "Restore it" });
        await page.WaitForFunctionAsync(
            "text => document.getElementById('field-reflection')?.value === text || [...document.querySelectorAll('button')].some(b => b.textContent.trim() === 'Restore it')",
            "Typed just before the reload.");
        if (await restore.IsVisibleAsync())
        {
            await restore.ClickAsync();
        }

        await Assertions.Expect(page.GetByLabel("Reflection")).ToHaveValueAsync("Typed just before the reload.");
    }

    [Fact]
    public async Task Stories_ExportThenImport_RoundTrips()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteWeakStoryAsync(page, "Round trip");
        await page.PickPrincipleAsync("dive-deep");
        await Assertions.Expect(page.Locator("[data-pick=dive-deep]")).ToHaveAttributeAsync("aria-pressed", "true");
        await WaitChangeSavedAsync(page);
        var url = new Uri(page.Url).AbsolutePath;

        var export = await page.APIRequest.GetAsync(url + "/export");
        var markdown = await export.TextAsync();
        markdown.Should().Contain("## Action").And.Contain(WeakAction).And.Contain("principle: dive-deep");

        await page.GotoInteractiveAsync("/stories");
        await page.GetByLabel("Import story files (.md), or a .zip of them").SetInputFilesAsync(new FilePayload
        {
            Name = "round-trip.md",
            MimeType = "text/markdown",
            Buffer = System.Text.Encoding.UTF8.GetBytes(markdown),
        });

        await Assertions.Expect(page.Locator(".import-report")).ToContainTextAsync("imported as");
        await Assertions.Expect(page.Locator("[data-story]")).ToHaveCountAsync(2);
        await page.Locator("[data-story]").First.Locator("a.story-title").ClickAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.GetByLabel("Action")).ToHaveValueAsync(WeakAction);
        await Assertions.Expect(page.Locator(".principle-picker [data-picked]")).ToHaveAttributeAsync("data-picked", "dive-deep");
        await page.GotoInteractiveAsync("/stories");
        await Assertions.Expect(page.Locator("[data-coverage=dive-deep]")).ToHaveAttributeAsync("data-covered", "true");
        await Assertions.Expect(page.Locator("[data-coverage=ownership]")).ToHaveAttributeAsync("data-covered", "false");
        await Assertions.Expect(page.Locator("[data-coverage-count]")).ToHaveAttributeAsync("data-coverage-count", "1/16");
        await page.ScreenshotAsync("stories-list");
    }
}
