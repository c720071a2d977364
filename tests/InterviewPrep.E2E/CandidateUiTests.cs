using Deque.AxeCore.Playwright;

namespace InterviewPrep.E2E;

/// <summary>
/// Issue 9's UI list, as a candidate a week before the loop meets it: the editor opens on the
/// writing, feedback is in reach on a phone, history has its own dialog, nothing scrolls sideways,
/// and the pages pass axe in light and dark.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CandidateUiTests(BrowserFixture browser)
{
    private static async Task<string> SavedStoryAsync(IPage page)
    {
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync("The export that slowed every customer in Asia down");
        await page.PickPrincipleAsync("ownership");
        await page.GetByLabel("Situation").FillAsync("Our nightly billing export was slowing the shared database for every customer in Asia.");
        await page.GetByLabel("Action").FillAsync("We looked at the logs together and we figured out the root cause. We rolled out a fix.");
        await page.GetByLabel("Result").FillAsync("Things got better and the team was happy.");
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task<List<string>> SeriousAxeAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} {string.Join(", ", v.Nodes.Take(2).Select(n => n.Html))}")];
    }

    private static async Task<double> BottomAsync(ILocator locator) =>
        await locator.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");

    [Fact]
    public async Task Editor_OnALaptop_TitleAndTheFirstSectionsAreAboveTheFold()
    {
        var page = await browser.NewPageAsync(1280, 800);
        await page.RegisterAsync();
        var url = await SavedStoryAsync(page);

        foreach (var path in new[] { "/stories/new", url })
        {
            await page.GotoInteractiveAsync(path);

            (await BottomAsync(page.GetByLabel("Title"))).Should().BeLessThan(800, $"{path}: the title is in view");
            (await BottomAsync(page.GetByLabel("Situation"))).Should().BeLessThan(800, $"{path}: the Situation box is in view");
            (await BottomAsync(page.GetByLabel("Task"))).Should().BeLessThan(800, $"{path}: the Task box is in view");
            await page.ScreenshotAsync("ui-editor-fold" + (path == url ? "-saved" : "-new"));
        }

        // The principles stay one line until asked for.
        await Assertions.Expect(page.Locator("[data-picked=ownership]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-pick]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editor_OnAPhone_FindingsSitUnderTheirField_AndTheScoreBarJumpsToTheFeedback()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.RegisterAsync();
        await SavedStoryAsync(page);

        await Assertions.Expect(page.Locator("[data-field=action] [data-field-finding=we-language]")).ToBeVisibleAsync();
        await page.GetByLabel("Situation").FocusAsync();
        var bar = page.Locator("[data-score-bar]");
        await Assertions.Expect(bar).ToBeInViewportAsync();
        var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        fits.Should().BeTrue("the editor with a saved story does not scroll sideways");
        await page.ScreenshotAsync("ui-editor-phone");

        await bar.ClickAsync();

        await Assertions.Expect(page.Locator("#feedback")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#feedback .score-ring")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task SelfCheck_Unticked_IsNeutral_OnlyATickTheFeedbackDisagreesWithWarns()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await SavedStoryAsync(page);
        var items = page.Locator(".self-check li");
        await Assertions.Expect(items).ToHaveCountAsync(4);

        await Assertions.Expect(page.Locator(".self-check li.disagree")).ToHaveCountAsync(0);
        await page.Locator("[data-check=metrics] input[type=checkbox]").CheckAsync();

        await Assertions.Expect(page.Locator(".self-check li.disagree")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-check=metrics]")).ToHaveClassAsync("disagree");
        await Assertions.Expect(page.Locator("[data-check=metrics] .disagree-note")).ToContainTextAsync("You ticked this");
    }

    [Fact]
    public async Task Editor_AndItsHistory_HaveNoSeriousAxeViolations_InLightAndDark()
    {
        var found = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.NewPageAsync(colorScheme: scheme);
            await page.RegisterAsync();
            await SavedStoryAsync(page);
            found.AddRange(await SeriousAxeAsync(page, $"{scheme} editor"));
            await page.Locator(".principle-picker .picker-toggle").ClickAsync();
            found.AddRange(await SeriousAxeAsync(page, $"{scheme} editor, principles open"));

            var history = await page.OpenHistoryAsync();
            await history.GetByRole(AriaRole.Button, new() { Name = "View" }).First.ClickAsync();
            found.AddRange(await SeriousAxeAsync(page, $"{scheme} history"));
            await page.ScreenshotAsync($"ui-history-{scheme.ToString().ToLowerInvariant()}");
        }

        found.Should().BeEmpty();
    }

    private static async Task ImportStoriesAsync(IPage page, params (string Title, string Principle)[] stories)
    {
        await page.GotoInteractiveAsync("/stories");
        var files = stories.Select((s, i) => new FilePayload
        {
            Name = $"story-{i}.md",
            MimeType = "text/markdown",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"---\ntitle: {s.Title}\nlevel: senior\nprinciple: {s.Principle}\n---\n## Situation\nOur nightly export slowed the shared database.\n\n## Action\nI measured the load and I moved the export to a replica.\n\n## Result\nQuery latency fell from 900 ms to 140 ms.\n"),
        });
        await page.GetByLabel("Import story files (.md), or a .zip of them").SetInputFilesAsync(files);
        await Assertions.Expect(page.Locator("[data-story]")).ToHaveCountAsync(stories.Length);
    }

    [Fact]
    public async Task Stories_OnAPhone_AreCompactCards_WithNoSidewaysScroll()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.RegisterAsync();
        await ImportStoriesAsync(page,
            ("Scaling the on-call rota across four teams without anyone burning out", "success-and-scale-bring-broad-responsibility"),
            ("The migration I disagreed with", "have-backbone-disagree-and-commit"),
            ("Mentoring a new hire", "hire-and-develop-the-best"),
            ("Cutting log storage", "frugality"),
            ("Strive story", "strive-to-be-earths-best-employer"),
            ("Highest standards story", "insist-on-the-highest-standards"));

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        width.Should().BeLessThanOrEqualTo(391, "the stories page fits a phone");
        var matrixWidth = await page.Locator(".coverage-matrix").EvaluateAsync<double>("e => e.scrollWidth");
        matrixWidth.Should().BeLessThanOrEqualTo(390, "the coverage matrix becomes one column of counts instead of scrolling sideways");
        // A theme name keeps to at most two lines (it wrapped to three beside the story columns).
        var themeCellHeight = await page.Locator("[data-coverage=success-and-scale-bring-broad-responsibility] th a").First.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        themeCellHeight.Should().BeLessThan(3 * 22);
        var card = page.Locator("[data-story]").First;
        (await card.EvaluateAsync<double>("e => e.getBoundingClientRect().height")).Should().BeLessThan(260, "a story is a compact card");
        await Assertions.Expect(card.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Rehearse") })).ToBeVisibleAsync();
        await page.ScreenshotAsync("ui-stories-phone");
    }

    [Fact]
    public async Task SignedOut_WriteYourOwnStory_LandsOnALoginThatSaysWhy()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/");
        await Assertions.Expect(page.Locator("[data-primary-action]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "write your own story" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login\\?returnUrl=%2Fstories%2Fnew", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Assertions.Expect(page.Locator("[data-auth-reason]")).ToHaveTextAsync("Sign in to write and save your stories.");
        await page.ScreenshotAsync("ui-login-why");
    }

    [Fact]
    public async Task Home_SignedIn_ShowsTheNextStepsBeforeAnythingElse()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/");

        var firstHeading = await page.Locator("main h1, main h2").First.TextContentAsync();
        firstHeading.Should().Be("Your next steps");
        await Assertions.Expect(page.Locator(".hero")).ToHaveCountAsync(0);
        var stepsTop = await page.Locator("[data-next-steps]").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        stepsTop.Should().BeLessThan(200, "the plan starts at the top of the page");
        await Assertions.Expect(page.Locator("[data-next-step]").First).ToHaveAttributeAsync("data-next-step", "StudyWalkthrough");
        await page.ScreenshotAsync("ui-home-signed-in");
    }

    [Fact]
    public async Task ChangedPages_HaveNoSeriousAxeViolations_InLightAndDark()
    {
        var found = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var visitor = await browser.NewPageAsync(colorScheme: scheme);
            await visitor.GotoInteractiveAsync("/");
            found.AddRange(await SeriousAxeAsync(visitor, $"{scheme} home signed out"));
            await visitor.GotoAsync("/Account/Login?returnUrl=%2Fstories%2Fnew");
            found.AddRange(await SeriousAxeAsync(visitor, $"{scheme} login"));

            var page = await browser.NewPageAsync(colorScheme: scheme);
            await page.RegisterAsync();
            await SavedStoryAsync(page);
            foreach (var path in new[] { "/", "/stories", "/principles/ownership" })
            {
                await page.GotoInteractiveAsync(path);
                found.AddRange(await SeriousAxeAsync(page, $"{scheme} {path}"));
            }
        }

        found.Should().BeEmpty();
    }
}
