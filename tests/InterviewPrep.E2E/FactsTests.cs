using System.Text.RegularExpressions;

namespace InterviewPrep.E2E;

/// <summary>Issue 12 in the browser: re-angle with fact-lock, the level meter, fact review, rewrite drills.</summary>
[Collection(BrowserCollection.Name)]
public class FactsTests(BrowserFixture browser)
{
    private static async Task WaitSavedAsync(IPage page) =>
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync(new() { Timeout = 15_000 });

    private static async Task WriteStoryAsync(IPage page, string title, string action, string result)
    {
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.PickPrincipleAsync("dive-deep");
        await page.GetByLabel("Situation").FillAsync("Our payment webhooks dropped events every day and merchants on the checkout service noticed delays.");
        await page.GetByLabel("Task").FillAsync("It was not my team's service and nobody had asked me; I wanted to find out why events were lost.");
        await page.GetByLabel("Action").FillAsync(action);
        await page.GetByLabel("Result").FillAsync(result);
        await page.GetByLabel("Reflection").FillAsync("I now add a reconciliation check to every queue I own, because silent loss hides for months.");
        await WaitSavedAsync(page);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/stories/\d+$"));
    }

    [Fact]
    public async Task Drill_WeLanguageSentence_RewrittenUntilItPasses_GoesBackIntoTheStoryAsARevision()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteStoryAsync(page, "Webhook drops",
            "I pulled the delivery logs. We looked at the retry code together and we rolled out a fix. I watched the dashboards for a week.",
            "Dropped events went from 0.3% to zero within a week, recovering about $8K per week.");
        var manualBefore = await (await page.OpenHistoryAsync()).Locator("[data-revision][data-kind=manual]").CountAsync();
        await page.CloseHistoryAsync();

        await page.Locator(".finding-list [data-rule=we-language]").First.GetByRole(AriaRole.Button, new() { Name = "Practise this" }).ClickAsync();
        var drill = page.Locator("[data-rewrite-drill=we-language]");
        await Assertions.Expect(drill.Locator("[data-drill-original]")).ToHaveTextAsync("We looked at the retry code together and we rolled out a fix.");
        await Assertions.Expect(drill.Locator("[data-drill-example]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("drill-open");

        await drill.GetByLabel("Your rewrite").FillAsync("We read the retry code and we shipped a fix.");
        await Assertions.Expect(drill.Locator("[data-drill-result]")).ToHaveAttributeAsync("data-drill-result", "fail");
        await Assertions.Expect(drill.Locator("[data-drill-accept]")).ToBeDisabledAsync();
        await drill.GetByLabel("Your rewrite").FillAsync("I read the retry code, found the race and wrote the fix myself.");
        await Assertions.Expect(drill.Locator("[data-drill-result]")).ToHaveAttributeAsync("data-drill-result", "pass");
        await page.ScreenshotAsync("drill-pass");
        await drill.Locator("[data-drill-accept]").ClickAsync();

        const string fixedAction = "I pulled the delivery logs. I read the retry code, found the race and wrote the fix myself. I watched the dashboards for a week.";
        await Assertions.Expect(page.GetByLabel("Action")).ToHaveValueAsync(fixedAction);
        await Assertions.Expect(page.Locator(".finding-list [data-rule=we-language]")).ToHaveCountAsync(0);
        await WaitSavedAsync(page);
        // Kept in History as a version of its own, like any "Save version".
        var history = await page.OpenHistoryAsync();
        await Assertions.Expect(history.Locator("[data-revision][data-kind=manual]")).ToHaveCountAsync(manualBefore + 1);
        await page.CloseHistoryAsync();

        // The browser copy took the new words too: a reload offers nothing back, and the text stays.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.GetByLabel("Action")).ToHaveValueAsync(fixedAction);
        await Assertions.Expect(page.Locator("[data-browser-copy]")).ToHaveCountAsync(0);
    }

    /// <summary>Grades the card shown and waits until the next one (or the end) is on the page.</summary>
    private static async Task GradeAsync(IPage page, string grade)
    {
        var step = int.Parse((await page.Locator("[data-review-card]").GetAttributeAsync("data-review-step"))!, System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator($"[data-review-card] [data-grade={grade}]").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-review-card][data-review-step='{step + 1}'], [data-review-empty]")).ToBeVisibleAsync();
    }

    private const string DropResult = "Dropped events went from 0.3% to zero within a week, recovering about $8K per week for 40 merchants.";

    [Fact]
    public async Task Reangle_ChangeANumberInTheVariant_FlagsFactChangedWithTheOriginalsNumber()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteStoryAsync(page, "Webhook drops",
            "I pulled the delivery logs, traced the drops to a race in the retry code and wrote the fix. I rolled it out behind a flag.",
            DropResult);
        var originalUrl = page.Url;
        await Assertions.Expect(page.Locator("[data-level-shows]")).ToHaveAttributeAsync("data-level-shows", new Regex("^(sde1|sde2|senior)$"));

        await page.Locator("[data-reangle-target]").SelectOptionAsync("ownership");
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-angle for Ownership" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(originalUrl);
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await Assertions.Expect(page.Locator("[data-reangle-guidance=ownership]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("Webhook drops · for Ownership");
        await Assertions.Expect(page.Locator(".finding-list [data-rule=fact-changed]")).ToHaveCountAsync(0);

        await page.GetByLabel("Result").FillAsync(DropResult.Replace("0.3%", "0.5%", StringComparison.Ordinal));

        var finding = page.Locator(".finding-list [data-rule=fact-changed][data-section=result]");
        await Assertions.Expect(finding).ToBeVisibleAsync();
        await Assertions.Expect(finding).ToContainTextAsync("0.3%");
        await Assertions.Expect(page.Locator("[data-field=result] mark.finding[data-rule=fact-changed]")).ToHaveTextAsync(new Regex("0\\.5%"));
        await Assertions.Expect(page.Locator("[data-fact-lock]")).ToHaveAttributeAsync("data-changed", "1");
        await WaitSavedAsync(page);
        await page.ScreenshotAsync("reangle-fact-changed");

        // The original lists its variant.
        await page.GotoInteractiveAsync(new Uri(originalUrl).AbsolutePath);
        await Assertions.Expect(page.Locator("[data-variant] a")).ToHaveTextAsync("Ownership");
    }

    [Fact]
    public async Task Review_TwoCards_OneRevealedAndGraded_OneTypedWrongThenRight_AndTheDueCountDrops()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await WriteStoryAsync(page, "Webhook drops",
            "I pulled the delivery logs, traced the drops to a race in the retry code and wrote the fix. I rolled it out behind a flag.",
            DropResult);

        await page.GotoInteractiveAsync("/");
        var dueBefore = int.Parse((await page.Locator("[data-review-due]").GetAttributeAsync("data-review-due"))!, System.Globalization.CultureInfo.InvariantCulture);
        dueBefore.Should().BeGreaterThanOrEqualTo(2);
        await page.ScreenshotAsync("home-review-due");

        await page.GotoInteractiveAsync("/review");
        var card = page.Locator("[data-review-card]");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await page.ScreenshotAsync("review-card");

        // Card one: reveal, then grade.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-review-answer]")).Not.ToBeEmptyAsync();
        await GradeAsync(page, "good");

        // Card two (a number): a wrong typed answer, graded "again", comes back after the others; then the right one.
        while (await card.GetAttributeAsync("data-review-kind") is not ("quantity" or "change"))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();
            await GradeAsync(page, "good");
        }

        var second = (await card.GetAttributeAsync("data-review-card"))!;
        await page.GetByLabel("Your answer").FillAsync("nobody knows");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-review-result]")).ToHaveAttributeAsync("data-review-result", "wrong");
        var answer = (await card.Locator("[data-review-answer]").TextContentAsync())!;
        await page.ScreenshotAsync("review-wrong");
        await GradeAsync(page, "again");
        while (await card.GetAttributeAsync("data-review-card") != second)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();
            await GradeAsync(page, "good");
        }

        await page.GetByLabel("Your answer").FillAsync(answer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-review-result]")).ToHaveAttributeAsync("data-review-result", "correct");
        await page.ScreenshotAsync("review-right");
        await GradeAsync(page, "good");

        await page.GotoInteractiveAsync("/");
        var dueAfter = int.Parse((await page.Locator("[data-review-due]").GetAttributeAsync("data-review-due"))!, System.Globalization.CultureInfo.InvariantCulture);
        dueAfter.Should().BeLessThanOrEqualTo(dueBefore - 2);
    }
}
