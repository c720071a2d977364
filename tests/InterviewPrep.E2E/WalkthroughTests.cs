using System.Text.RegularExpressions;

namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class WalkthroughTests(BrowserFixture browser)
{
    private const string Slug = "webhook-drops-dive-deep";

    [Fact]
    public async Task StudyMode_RevealsFollowUpsAndMarksKeyPhrasesAndProblems()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Study" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.Locator("article.section-card")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-section=action] mark.key-phrase").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".weak-answer mark.problem").First).ToBeVisibleAsync();
        var firstFollowUp = page.Locator(".followup-card").First;
        await Assertions.Expect(firstFollowUp.Locator(".weak-box")).ToBeHiddenAsync();

        await firstFollowUp.GetByText("Weak vs strong reply").ClickAsync();

        await Assertions.Expect(firstFollowUp.Locator(".weak-box")).ToBeVisibleAsync();
        await Assertions.Expect(firstFollowUp.Locator(".strong-box")).ToBeVisibleAsync();
        // Every level at once, each with its own reflection: nothing to switch between.
        foreach (var level in new[] { "sde1", "sde2", "senior" })
        {
            await Assertions.Expect(page.Locator($".level-variant[data-level={level}] .level-reflection")).ToBeVisibleAsync();
        }
        await page.ScreenshotAsync("walkthrough-study");
    }

    [Fact]
    public async Task RehearseMode_TimesEachSectionAndTicksTypedKeyPhrases()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}?mode=rehearse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();

        var countdown = page.Locator("[data-countdown]");
        await Assertions.Expect(countdown).ToContainTextAsync("left");
        var first = await countdown.TextContentAsync();
        await Assertions.Expect(countdown).Not.ToHaveTextAsync(first!, new() { Timeout = 5000 });
        await page.GetByLabel(new Regex("Your situation")).FillAsync("I noticed something odd in a weekly report about the service.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the strong example" }).ClickAsync();

        await Assertions.Expect(page.Locator(".phrase-checklist li[data-hit=true]")).ToContainTextAsync(["I noticed", "weekly report"]);
        await Assertions.Expect(page.Locator(".phrase-checklist li[data-hit=false]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("walkthrough-rehearse");
        for (var i = 0; i < 4; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next section" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the strong example" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "See my summary" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-rehearse-summary] tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-rehearse-summary] tr[data-section=situation]")).ToContainTextAsync("0:30");
        await Assertions.Expect(page.Locator("[data-rehearse-summary]")).ToContainTextAsync("These timings are not kept");
        await page.ScreenshotAsync("walkthrough-rehearse-summary");
    }

    /// <summary>Goes through every section, lingering on the first for <paramref name="firstSectionMs"/>.</summary>
    private static async Task RehearseAsync(IPage page, int firstSectionMs = 0)
    {
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}?mode=rehearse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();
        await page.WaitForTimeoutAsync(firstSectionMs);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the strong example" }).ClickAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next section" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the strong example" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "See my summary" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-rehearsal-saved]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RehearseMode_ClickedThrough_MarksSectionsSkipped_AndShowsOneTotalEverywhere()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();

        await RehearseAsync(page, firstSectionMs: 3_500);

        var summary = page.Locator("[data-rehearse-summary]");
        await Assertions.Expect(summary.Locator("tr[data-section=situation]")).ToHaveAttributeAsync("data-timing", "ok");
        await Assertions.Expect(summary.Locator("tbody tr[data-timing=skipped]")).ToHaveCountAsync(4);
        await Assertions.Expect(summary.Locator("tr[data-section=task] td.skipped")).ToContainTextAsync("skipped");
        await Assertions.Expect(summary.Locator("tr[data-section=task]")).Not.ToContainTextAsync("✓");
        await Assertions.Expect(summary.Locator("[data-run-verdict]")).ToContainTextAsync("4 sections skipped");
        await Assertions.Expect(summary).Not.ToContainTextAsync("inside its budget");
        await page.ScreenshotAsync("walkthrough-rehearse-skipped");

        // One run, one total: the verdict, the table's total, the saved run and, next visit, "Last time".
        var total = (await summary.Locator("[data-total]").TextContentAsync())!.Trim();
        total.Should().MatchRegex(@"^\d+:\d\d$");
        await Assertions.Expect(summary.Locator("[data-run-verdict] strong")).ToHaveTextAsync(total);
        await Assertions.Expect(page.Locator("[data-rehearsal-run]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-rehearsal-run]")).ToContainTextAsync($"— {total} of ");
        await Assertions.Expect(page.Locator("[data-rehearsal-run]")).ToContainTextAsync("4 sections skipped");
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.Locator("[data-last-rehearsal] strong")).ToHaveTextAsync(total);
        await Assertions.Expect(page.Locator("[data-last-rehearsal]")).ToContainTextAsync("4 sections skipped");
    }

    [Fact]
    public async Task RehearseMode_SavedRuns_ShownInTheBrowsersTimeZone()
    {
        var page = await browser.NewPageAsync(timezoneId: "America/New_York");
        await page.RegisterAsync();

        await RehearseAsync(page);

        var when = page.Locator("[data-rehearsal-run] time");
        await Assertions.Expect(when).ToHaveAttributeAsync("data-local-time", "local");
        await Assertions.Expect(when).ToHaveAttributeAsync("title", "America/New_York");
        var utc = DateTime.Parse((await when.GetAttributeAsync("datetime"))!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        var newYork = TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        await Assertions.Expect(when).ToHaveTextAsync(newYork.ToString("d MMM, HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(when).Not.ToContainTextAsync("UTC");
        await page.ScreenshotAsync("walkthrough-rehearse-local-time");
    }

    [Fact]
    public async Task RehearseMode_WorksWithKeyboardAlone()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}?mode=rehearse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByLabel(new Regex("Your situation"))).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("I noticed a weekly report was wrong.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reveal the strong example" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next section" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".step-count")).ToHaveTextAsync("Section 2 of 5");
        await Assertions.Expect(page.GetByLabel(new Regex("Your task"))).ToBeFocusedAsync();
    }

    [Fact]
    public async Task DrillMode_AsksEachFollowUpThenShowsRatings()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}?mode=drill");
        var total = await page.Locator(".step-count").TextContentAsync();
        var count = int.Parse(Regex.Match(total!, @"of (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        for (var i = 0; i < count; i++)
        {
            await page.GetByLabel("Your reply").FillAsync("I brought a tested fix and followed it through to production.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show weak vs strong" }).ClickAsync();
            await Assertions.Expect(page.Locator(".strong-box")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = i == 0 ? "Missed it" : "Nailed it" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("[data-drill-summary] li")).ToHaveCountAsync(count);
        await page.GetByRole(AriaRole.Button, new() { Name = "Drill the ones I did not nail" }).ClickAsync();
        await Assertions.Expect(page.Locator(".step-count")).ToHaveTextAsync("Follow-up 1 of 1");
    }

    [Fact]
    public async Task DrillMode_SignedIn_RatingsAreKeptForProgressAndTheNextDrill()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}?mode=drill");
        var count = Catalog.Walkthrough(Slug)!.FollowUps.Count;
        for (var i = 0; i < count; i++)
        {
            await Assertions.Expect(page.Locator(".step-count")).ToHaveTextAsync($"Follow-up {i + 1} of {count}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show weak vs strong" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = i < 2 ? "Missed it" : "Nailed it" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("[data-drill-saved]")).ToBeVisibleAsync();
        await page.GotoInteractiveAsync("/progress");
        await Assertions.Expect(page.Locator($"[data-drill={Slug}]")).ToHaveAttributeAsync("data-drill-open", "2");
        await Assertions.Expect(page.Locator($"[data-drill={Slug}] .drill-open-list li")).ToHaveCountAsync(2);
        await page.ScreenshotAsync("progress-drills");

        // The home page turns the ratings into a next step that leads straight back to the drill.
        await page.GotoInteractiveAsync("/");
        await Assertions.Expect(page.Locator("[data-next-step=WriteStory]")).ToBeVisibleAsync();
        var drillStep = page.Locator("[data-next-step=DrillFollowUps] a");
        await Assertions.Expect(drillStep).ToHaveTextAsync("Drill 2 follow-ups you have not nailed");
        await page.ScreenshotAsync("home-next-steps");
        await drillStep.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/walkthroughs/{Slug}\\?mode=drill$"));
        await Assertions.Expect(page.Locator("[data-drill-standing]")).ToHaveAttributeAsync("data-drill-standing", $"{count - 2}/{count}");
        await Assertions.Expect(page.Locator("[data-last-rating]")).ToHaveAttributeAsync("data-last-rating", "missed");
        await page.ScreenshotAsync("walkthrough-drill-again");
        await page.GetByRole(AriaRole.Button, new() { Name = "Drill just the 2 I have not nailed" }).ClickAsync();
        await Assertions.Expect(page.Locator(".step-count")).ToHaveTextAsync("Follow-up 1 of 2");
        await Assertions.Expect(page.GetByLabel("Your reply")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task WalkthroughsList_FiltersByPrinciple()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/walkthroughs");
        var all = await page.Locator("[data-walkthrough]").CountAsync();

        await page.GetByLabel("Principle").SelectOptionAsync("insist-on-the-highest-standards");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("principle=insist-on-the-highest-standards"));
        await Assertions.Expect(page.Locator("[data-walkthrough]")).ToHaveCountAsync(1);
        all.Should().BeGreaterThanOrEqualTo(16);

        // A level shows what that level's telling needs and its time, not one figure for all.
        await page.GetByLabel("Level", new() { Exact = true }).SelectOptionAsync("senior");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("level=senior"));
        await Assertions.Expect(page.Locator("[data-walkthrough] [data-level-budget=senior]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-walkthrough]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Quiz_TakenToTheEnd_IsSavedOnceAndShownOnProgressAfterReload()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}/quiz");

        var missed = await AnswerAllAsync(page, wrongFirst: 2);
        var result = page.Locator("[data-quiz-score]");
        await Assertions.Expect(result).ToBeVisibleAsync();
        var score = await result.GetAttributeAsync("data-quiz-score");
        var total = int.Parse(score!.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
        score.Should().Be($"{total - missed}/{total}");
        await Assertions.Expect(page.Locator("[data-saved=true]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("quiz-result");

        await page.GotoInteractiveAsync("/progress");
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);

        var attempts = page.Locator($"[data-attempt={Slug}]");
        await Assertions.Expect(attempts).ToHaveCountAsync(1);
        await Assertions.Expect(attempts).ToHaveAttributeAsync("data-score", score);
        await Assertions.Expect(page.Locator($"[data-never={Slug}]")).ToHaveCountAsync(0);
        await page.GetByLabel("Show").SelectOptionAsync($"w:{Slug}");
        await Assertions.Expect(page.Locator(".score-chart")).ToBeVisibleAsync();
        await page.GetByLabel("Show").SelectOptionAsync("p:dive-deep");
        await Assertions.Expect(page.Locator(".score-chart")).ToBeVisibleAsync();
        var percent = (int)Math.Round(100.0 * (total - missed) / total);
        await Assertions.Expect(page.Locator("[data-principle=dive-deep] .bar-value")).ToHaveTextAsync($"{percent}%");
        await page.ScreenshotAsync("progress");
    }

    [Fact]
    public async Task Quiz_RetryMissed_ShowsOnlyTheMissedCards()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}/quiz");
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("will not be saved");

        var missed = await AnswerAllAsync(page, wrongFirst: 3);
        var study = page.Locator(".quiz-verdict").GetByRole(AriaRole.Link, new() { Name = "Re-read the walkthrough" });
        await Assertions.Expect(study).ToHaveAttributeAsync("href", $"/walkthroughs/{Slug}?mode=study");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retry the ones I missed" }).ClickAsync();

        await Assertions.Expect(page.Locator(".quiz-progress")).ToContainTextAsync($"Question 1 of {missed}");
        await Assertions.Expect(page.Locator(".quiz-card")).ToBeFocusedAsync();
        var again = await AnswerAllAsync(page, wrongFirst: 0);
        again.Should().Be(0);
        await Assertions.Expect(page.Locator("[data-quiz-score]")).ToHaveAttributeAsync("data-quiz-score", $"{missed}/{missed}");
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Quiz_OneMissed_ResultsReviewItAndRetryFocusesTheFirstCard(int width, int height, string device)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}/quiz");
        var missedId = await page.Locator(".quiz-card").GetAttributeAsync("data-question");
        var question = Catalog.Walkthrough(Slug)!.Quiz.Single(q => q.Id == missedId);

        await AnswerAllAsync(page, wrongFirst: 1);

        await Assertions.Expect(page.Locator(".quiz-result h2")).ToBeFocusedAsync();
        var first = page.Locator(".result-item").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-result", missedId!);
        await Assertions.Expect(first.Locator(".result-mark")).ToHaveTextAsync(new Regex("Missed"));
        await Assertions.Expect(first.Locator(".result-prompt")).ToHaveTextAsync(question.Prompt);
        await Assertions.Expect(first.Locator(".result-chosen")).ToHaveTextAsync(question.Options.First(o => !o.Correct).Text);
        await Assertions.Expect(first.Locator(".result-correct")).ToHaveTextAsync(question.Options.Single(o => o.Correct).Text);
        await Assertions.Expect(first.Locator(".result-explanation")).ToContainTextAsync(question.Explanation);
        await Assertions.Expect(page.Locator(".result-item.right .result-correct")).ToHaveCountAsync(0);
        var why = page.Locator(".result-item.right").First.Locator(".result-explanation");
        await Assertions.Expect(why).ToBeHiddenAsync();
        await page.Locator(".result-item.right summary").First.ClickAsync();
        await Assertions.Expect(why).ToBeVisibleAsync();
        await page.ScreenshotAsync($"quiz-review-{device}");

        var retry = page.GetByRole(AriaRole.Button, new() { Name = "Retry the ones I missed" });
        await retry.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var card = page.Locator(".quiz-card");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-question", missedId!);
        await Assertions.Expect(card).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(card.Locator(".quiz-options button").First).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Quiz_DoubleClickOnFinish_SavesOneAttempt()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}/quiz");

        await AnswerAllAsync(page, wrongFirst: 0, finish: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "See my score" }).DblClickAsync();
        await Assertions.Expect(page.Locator("[data-saved=true]")).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/progress");
        await Assertions.Expect(page.Locator($"[data-attempt={Slug}]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Quiz_ReloadMidway_ResumesTheSameAttemptAndSavesItOnce()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}/quiz");
        var walkthrough = Catalog.Walkthrough(Slug)!;
        var card = page.Locator(".quiz-card");
        for (var i = 0; i < 3; i++)
        {
            var id = await card.GetAttributeAsync("data-question");
            var wrong = walkthrough.Quiz.Single(q => q.Id == id).Options.First(o => !o.Correct).Text;
            await card.GetByRole(AriaRole.Button, new() { Name = wrong, Exact = true }).ClickAsync();
            await Assertions.Expect(card.Locator(".feedback.wrong")).ToBeVisibleAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "Next question" }).ClickAsync();
            await Assertions.Expect(card).Not.ToHaveAttributeAsync("data-question", id!);
        }

        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.Locator("[data-resume]")).ToContainTextAsync("3 of");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume where I left off" }).ClickAsync();
        await Assertions.Expect(card.Locator(".feedback.wrong")).ToBeVisibleAsync();
        var resumedOn = await card.GetAttributeAsync("data-question");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next question" }).ClickAsync();
        await Assertions.Expect(card).Not.ToHaveAttributeAsync("data-question", resumedOn!);
        await AnswerAllAsync(page, wrongFirst: 0);

        var total = walkthrough.Quiz.Count;
        await Assertions.Expect(page.Locator("[data-quiz-score]")).ToHaveAttributeAsync("data-quiz-score", $"{total - 3}/{total}");
        await Assertions.Expect(page.Locator("[data-saved=true]")).ToBeVisibleAsync();
        await page.GotoInteractiveAsync("/progress");
        await Assertions.Expect(page.Locator($"[data-attempt={Slug}]")).ToHaveCountAsync(1);
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}/quiz");
        await Assertions.Expect(page.Locator("[data-resume]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Quiz_WorksWithKeyboardAlone()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync($"/walkthroughs/{Slug}/quiz");
        await page.Locator(".quiz-card").FocusAsync();

        await page.Keyboard.PressAsync("1");
        await Assertions.Expect(page.Locator(".feedback")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".quiz-progress")).ToContainTextAsync("Question 2 of");

        // Once focus has reached the Next button, one Enter still moves exactly one card on.
        await page.Keyboard.PressAsync("2");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next question" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".quiz-progress")).ToContainTextAsync("Question 3 of");
        await Assertions.Expect(page.Locator(".quiz-card .feedback")).ToHaveCountAsync(0);

        // Arrow keys walk the options (from the card to the first, then on, wrapping); Enter answers.
        var options = page.Locator(".quiz-options button");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(options.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(options.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(options.Last).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".quiz-card .feedback")).ToBeVisibleAsync();
        await Assertions.Expect(options.Last).ToHaveClassAsync(new Regex("correct|wrong"));
    }

    private static readonly InterviewPrep.Core.Content.ContentCatalog Catalog =
        InterviewPrep.Core.Content.ContentLoader.LoadOrThrow(Path.Combine(AppServer.RepoRoot, "content"));

    /// <summary>
    /// Answers every card by clicking the option whose accessible name is the chosen text: the
    /// first <paramref name="wrongFirst"/> cards wrong on purpose, the rest right. Returns how many were missed.
    /// </summary>
    private static async Task<int> AnswerAllAsync(IPage page, int wrongFirst, bool finish = true)
    {
        var missed = 0;
        var walkthrough = Catalog.Walkthrough(Slug)!;
        string? previous = null;
        for (var i = 0; ; i++)
        {
            var card = page.Locator(".quiz-card");
            await Assertions.Expect(card).ToBeVisibleAsync();
            if (previous is not null)
            {
                // The card element is reused: wait for the server's render of the next question.
                await Assertions.Expect(card).Not.ToHaveAttributeAsync("data-question", previous);
            }

            var id = previous = await card.GetAttributeAsync("data-question");
            var question = walkthrough.Quiz.Single(q => q.Id == id);
            var wrong = i < wrongFirst;
            var text = wrong ? question.Options.First(o => !o.Correct).Text : question.Options.Single(o => o.Correct).Text;

            await card.GetByRole(AriaRole.Button, new() { Name = text, Exact = true }).ClickAsync();

            await Assertions.Expect(card.Locator(wrong ? ".feedback.wrong" : ".feedback.right")).ToBeVisibleAsync();
            missed += wrong ? 1 : 0;
            var next = card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Next question|See my score") });
            var label = await next.TextContentAsync();
            if (label!.Contains("See my score", StringComparison.Ordinal))
            {
                if (finish)
                {
                    await next.ClickAsync();
                }

                return missed;
            }

            await next.ClickAsync();
        }
    }
}
