using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;

namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class MockInterviewTests(BrowserFixture browser, MediaChromium media) : IClassFixture<MediaChromium>
{
    private static async Task WriteStoryAsync(IPage page, string title, string principle)
    {
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.PickPrincipleAsync(principle);
        await page.GetByLabel("Situation").FillAsync("Our nightly billing export was slowing the shared database for every customer in Asia.");
        await page.GetByLabel("Task").FillAsync("I wanted to find out why the export had become slow.");
        await page.GetByLabel("Action").FillAsync("We looked at the logs together and we figured out the root cause. We rolled out a fix.");
        await page.GetByLabel("Result").FillAsync("Things got better and the team was happy.");
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }

    private static async Task<List<string>> SeriousAxeAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(2).Select(n => n.Html))})")];
    }

    private static ILocator Clock(IPage page) => page.Locator("[data-mock-clock]");

    private static async Task<int> ClockSecondsAsync(IPage page) => int.Parse((await Clock(page).TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Answers the current question's follow-ups with their clocks, rating each as given.</summary>
    private static async Task<int> RateFollowUpsAsync(IPage page, string rating)
    {
        // The follow-ups arrive from the server after "Done answering": wait for the first.
        await Assertions.Expect(page.Locator("[data-mock-followup='1']")).ToBeVisibleAsync();
        // The follow-ups render after "Done answering" reaches the server: wait for the first one
        // before counting, or a loaded machine counts none.
        await Assertions.Expect(page.Locator("[data-mock-followup='1']")).ToBeVisibleAsync();
        var count = await page.Locator("[data-mock-followup]").CountAsync();
        count.Should().BeInRange(2, 3, "each answer gets two or three follow-ups");
        for (var j = 1; j <= count; j++)
        {
            var card = page.Locator($"[data-mock-followup='{j}']");
            await card.GetByRole(AriaRole.Button, new() { Name = "Start reply" }).ClickAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "Done replying" }).ClickAsync();
            await card.GetByLabel(rating).CheckAsync();

            // The rating is registered before moving on: the last card leaves the page with the click.
            await Assertions.Expect(card).ToHaveAttributeAsync("data-rating", new Regex("nailed|partly|missed"));
            await card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Next follow-up|Next question|See my summary)$") }).ClickAsync();
        }

        return count;
    }

    [Fact]
    public async Task Mock_SignedInWithTwoStories_ByVoiceAndTyping_SummarySavedAndOnProgressAfterReload()
    {
        var page = await media.NewPageAsync(browser.Server.BaseUrl);
        await page.RegisterAsync();
        await WriteStoryAsync(page, "Slow billing export", "ownership");
        await WriteStoryAsync(page, "Checkout latency", "customer-obsession");
        var axe = new List<string>();

        await page.GotoInteractiveAsync("/mock");
        await page.GetByLabel("Length").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the mock" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-mock-question='1']")).ToBeVisibleAsync();

        // Question 1 by voice: the microphone is asked for once and the meter hears the fake device.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-recorder]")).ToHaveAttributeAsync("data-recorder", new Regex("^(on|recording)$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start answer" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-recorder]")).ToHaveAttributeAsync("data-recorder", "recording");
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[role=meter]')?.getAttribute('aria-valuenow')) > 0");
        await Assertions.Expect(Clock(page)).ToHaveTextAsync(new Regex("^[2-9]$|^\\d\\d+$"), new() { Timeout = 20_000 });
        axe.AddRange(await SeriousAxeAsync(page, "answering"));
        await page.ScreenshotAsync("mock-answering");
        await page.GetByRole(AriaRole.Button, new() { Name = "Done answering" }).ClickAsync();
        var rated = await RateFollowUpsAsync(page, "Nailed it");

        // Questions 2 and 3 typed, with recording switched off.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-recorder]")).ToHaveAttributeAsync("data-recorder", "off");
        foreach (var (n, rating) in new[] { (2, "Partly"), (3, "Missed it") })
        {
            await Assertions.Expect(page.Locator($"[data-mock-question='{n}']")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start answer" }).ClickAsync();
            await page.GetByLabel(new Regex("^Your answer")).FillAsync($"Answer {n}: I rewrote the export queries myself and p99 fell from 4 s to 230 ms.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Done answering" }).ClickAsync();
            if (n == 2)
            {
                axe.AddRange(await SeriousAxeAsync(page, "follow-ups"));
            }

            rated += await RateFollowUpsAsync(page, rating);
        }

        var summary = page.Locator("[data-mock-summary]");
        await Assertions.Expect(summary).ToHaveAttributeAsync("data-mock-answers", "3");
        await Assertions.Expect(summary.Locator("[data-mock-answer]")).ToHaveCountAsync(3);
        await Assertions.Expect(summary.Locator(".rating-pill")).ToHaveCountAsync(rated);
        await Assertions.Expect(summary.Locator("[data-mock-weakest]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-mock-saved]")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('audio[data-recording=q1]'); return a && isFinite(a.duration) && a.duration > 1; }");
        axe.AddRange(await SeriousAxeAsync(page, "summary"));
        await page.ScreenshotAsync("mock-summary");

        await page.GotoInteractiveAsync("/progress");
        await Assertions.Expect(page.Locator("[data-mock-session]")).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-mock-session][data-mock-answers='3']")).ToHaveCountAsync(1);
        axe.AddRange(await SeriousAxeAsync(page, "progress"));
        var sessionId = await page.Locator("[data-mock-session]").GetAttributeAsync("data-mock-session");
        await page.GotoInteractiveAsync($"/mock/sessions/{sessionId}");
        await Assertions.Expect(page.Locator("[data-mock-summary]")).ToHaveAttributeAsync("data-mock-answers", "3");
        await Assertions.Expect(page.Locator(".typed-answer").First).ToContainTextAsync("Answer 2: I rewrote the export queries myself");
        var other = await browser.NewPageAsync();
        await other.RegisterAsync();
        (await other.GotoAsync($"/mock/sessions/{sessionId}"))!.Status.Should().Be(404, "another user's mock is not found");
        await page.GotoInteractiveAsync("/");
        await Assertions.Expect(page.Locator("[data-next-step=MockInterview]")).ToBeVisibleAsync();

        axe.Should().BeEmpty();
    }

    [Fact]
    public async Task Rehearse_Recorded_PlaysBackEachSectionWithAudioOfNonZeroDuration()
    {
        var page = await media.NewPageAsync(browser.Server.BaseUrl);
        await page.GotoInteractiveAsync("/walkthroughs/webhook-drops-dive-deep?mode=rehearse");
        await Assertions.Expect(page.GetByText("Recordings stay in this browser")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record" })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();

        const int sections = 5;
        for (var i = 0; i < sections; i++)
        {
            await Assertions.Expect(page.Locator(".rehearse .step-count")).ToContainTextAsync($"Section {i + 1} of {sections}");
            await Assertions.Expect(page.Locator("[data-recorder]")).ToHaveAttributeAsync("data-recorder", "recording");
            await page.WaitForTimeoutAsync(i == 0 ? 3_200 : 1_200); // the first section long enough to count, the rest short
            await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the strong example" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Next section|See my summary)$") }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("[data-rehearse-summary]")).ToBeVisibleAsync();

        await Assertions.Expect(page.Locator("audio[data-recording]")).ToHaveCountAsync(sections);
        await Assertions.Expect(page.Locator("tr[data-section=situation]")).ToHaveAttributeAsync("data-timing", "ok");
        await Assertions.Expect(page.Locator("tr[data-section=task]")).ToHaveAttributeAsync("data-timing", "skipped", new() { Timeout = 5_000 });
        var duration = await page.EvaluateAsync<double>(@"() => new Promise(resolve => {
            const a = document.querySelector('audio[data-recording=situation]');
            const check = () => isFinite(a.duration) && a.duration > 0 ? resolve(a.duration) : setTimeout(check, 100);
            check(); })");
        duration.Should().BeGreaterThan(2.5, "the situation was recorded for over three seconds");
        await page.EvaluateAsync("() => { const a = document.querySelector('audio[data-recording=situation]'); a.muted = true; return a.play(); }");
        await page.WaitForFunctionAsync("() => document.querySelector('audio[data-recording=situation]').currentTime > 0.2");
        await page.ScreenshotAsync("rehearse-recorded");
    }

    [Theory]
    [InlineData(true, "not allowed to use the microphone")]
    [InlineData(false, "no microphone was found")]
    public async Task Mock_MicrophoneDeniedOrAbsent_SaysWhy_AndTheClocksAndTypingStillWork(bool denied, string why)
    {
        // A browser with a (fake) microphone that refuses the page, or the plain browser, which has none.
        var page = denied ? await media.NewDeniedPageAsync(browser.Server.BaseUrl) : await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/mock");
        await Assertions.Expect(page.Locator("[data-mock-guest]")).ToContainTextAsync("nothing is saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the mock" }).ClickAsync();
        var record = page.GetByRole(AriaRole.Button, new() { Name = "Record" });
        if (await record.IsEnabledAsync())
        {
            await record.ClickAsync();
        }

        await Assertions.Expect(page.Locator("[data-recording-off]")).ToContainTextAsync(why);
        await Assertions.Expect(record).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start answer" }).ClickAsync();
        await page.GetByLabel(new Regex("^Your answer")).FillAsync("Typed without a microphone.");
        await Assertions.Expect(Clock(page)).ToHaveTextAsync(new Regex("^[1-9]"), new() { Timeout = 10_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Done answering" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-mock-followup]").First).ToBeVisibleAsync();
        (await SeriousAxeAsync(page, "denied")).Should().BeEmpty();
        await page.ScreenshotAsync(denied ? "mock-mic-denied" : "mock-mic-absent");
    }

    [Fact]
    public async Task Mock_KeyboardOnly_SpaceStartsAndStops_ArrowsMoveBetweenRatings()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/mock");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the mock" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start answer" })).ToBeFocusedAsync();

        // Space on the page (nothing focused) starts the clock, and again stops it.
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Done answering" })).ToBeVisibleAsync();
        await Assertions.Expect(Clock(page)).ToHaveTextAsync(new Regex("^[1-9]"), new() { Timeout = 10_000 });
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        await page.Keyboard.PressAsync(" ");
        var first = page.Locator("[data-mock-followup='1']");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Start reply" })).ToBeFocusedAsync();

        await page.Keyboard.PressAsync(" "); // the focused button: start the reply
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Done replying" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(first.GetByLabel("Nailed it")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(first.GetByLabel("Partly")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(first.GetByLabel("Missed it")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(first.GetByLabel("Partly")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Next follow-up" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(first).ToHaveAttributeAsync("data-rating", "partly");
        await Assertions.Expect(page.Locator("[data-mock-followup='2']").GetByRole(AriaRole.Button, new() { Name = "Start reply" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task OwnStory_DrillAsksWhatItsWordsInvite_KeepsRatings_AndQuestionsShowInTheList_OtherUser404()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteStoryAsync(page, "Slow billing export", "ownership");
        var id = Regex.Match(page.Url, @"/stories/(\d+)").Groups[1].Value;

        // The question field: pick one of the principle's prompts.
        var questions = page.Locator("[data-story-questions]");
        var prompt = (await questions.Locator(".question-suggestions button").First.TextContentAsync())!.TrimStart('+', ' ').Trim();
        await questions.Locator(".question-suggestions button").First.ClickAsync();
        await Assertions.Expect(questions.Locator("[data-story-question]")).ToHaveCountAsync(1);
        await page.GotoInteractiveAsync("/stories");
        await Assertions.Expect(page.Locator($"[data-story='{id}'] [data-story-question]")).ToContainTextAsync(prompt);

        await page.GotoInteractiveAsync($"/stories/{id}/drill");
        // The story has no metric and says "we": the first follow-ups are the ones its words invite.
        await Assertions.Expect(page.Locator(".interviewer-question")).ToContainTextAsync("How did you measure it?");
        var asked = new List<string>();
        var total = int.Parse(Regex.Match((await page.Locator(".drill .step-count").TextContentAsync())!, @"of (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        total.Should().BeInRange(3, 6);
        for (var i = 0; i < total; i++)
        {
            await Assertions.Expect(page.Locator(".drill .step-count")).ToContainTextAsync($"Follow-up {i + 1} of {total}");
            asked.Add((await page.Locator(".interviewer-question").TextContentAsync())!);
            await page.GetByRole(AriaRole.Button, new() { Name = "Show what a strong reply does" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = i == 0 ? "Nailed it" : "Missed it" }).ClickAsync();
        }

        asked.Should().Contain(q => q.Contains("What was your part in that?"), "the story says \"we\" in its Action");
        await Assertions.Expect(page.Locator("[data-drill-saved]")).ToBeVisibleAsync();
        await page.GotoInteractiveAsync($"/stories/{id}/drill");
        await Assertions.Expect(page.Locator("[data-drill-standing]")).ToHaveAttributeAsync("data-drill-standing", new Regex("^1/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Drill just the \\d+ I have not nailed$") })).ToBeVisibleAsync();

        var other = await browser.NewPageAsync();
        await other.RegisterAsync();
        var response = await other.GotoAsync($"/stories/{id}/drill");
        response!.Status.Should().Be(404);
    }
}
