using Deque.AxeCore.Playwright;

namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class FoundationTests(BrowserFixture browser)
{
    [Fact]
    public async Task PrinciplesList_Search_FindsByNameAndBodyAndCanBeCleared()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/principles");
        var cards = page.Locator("[data-theme]");
        var all = await cards.CountAsync();

        await page.GetByLabel("Search themes").FillAsync("backbone");
        await page.GetByLabel("Search themes").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/principles\\?q=backbone$"));
        await Assertions.Expect(cards).ToHaveCountAsync(1);
        await Assertions.Expect(cards.First).ToHaveAttributeAsync("data-theme", "have-backbone-disagree-and-commit");
        await page.ScreenshotAsync("principles-filtered");

        // A word from the themes' bodies finds more than the one theme whose name is about it,
        // and says where it was found.
        await page.GetByLabel("Search themes").FillAsync("metrics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-theme=dive-deep]")).ToBeVisibleAsync();
        (await cards.CountAsync()).Should().BeGreaterThan(1);
        await Assertions.Expect(page.Locator("[data-snippet]").First).ToContainTextAsync("metrics");

        await page.GetByRole(AriaRole.Link, new() { Name = "Show all" }).ClickAsync();
        await Assertions.Expect(cards).ToHaveCountAsync(all);
        all.Should().BeGreaterThanOrEqualTo(22);
    }

    [Fact]
    public async Task PrinciplesList_NoMatch_ShowsHelpfulEmptyState()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/principles");

        await page.GetByLabel("Search themes").FillAsync("zzzz");
        await page.GetByLabel("Search themes").PressAsync("Enter");

        await Assertions.Expect(page.Locator(".empty-state")).ToContainTextAsync("No theme matches");
    }

    [Fact]
    public async Task DiveDeepPage_ShowsEverySection()
    {
        var page = await browser.NewPageAsync();

        await page.GotoInteractiveAsync("/principles/dive-deep");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dive Deep", Level = 1 })).ToBeVisibleAsync();
        foreach (var heading in new[] { "About this theme", "What interviewers are evaluating", "Common prompts", "Sample STAR answers", "Common pitfalls", "Follow-up strategies", "Related themes", "Companies that test this theme", "Practise it" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("article.sample-strong").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.sample-weak").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("dive-deep");
        var phone = await browser.NewPageAsync(390, 844);
        await phone.GotoInteractiveAsync("/principles/dive-deep");
        await phone.ScreenshotAsync("dive-deep-phone");
    }

    [Fact]
    public async Task Account_RegisterLogOutLogIn_Works()
    {
        var page = await browser.NewPageAsync();

        var email = await page.RegisterAsync();
        await Assertions.Expect(page.Locator(".nav-user")).ToHaveTextAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("wrong-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "do not match" })).ToBeVisibleAsync();
        await page.GetByLabel("Password").FillAsync("Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("signed-in");
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_StaysOnSite()
    {
        var page = await browser.NewPageAsync();
        var email = await page.RegisterAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();

        await page.GotoAsync("/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).WaitForAsync();

        new Uri(page.Url).Host.Should().Be("127.0.0.1");
    }

    [Theory]
    [InlineData("/principles")]
    [InlineData("/principles/dive-deep")]
    [InlineData("/principles/growth-mindset")]
    [InlineData("/")]
    public async Task Pages_HaveNoSeriousAccessibilityViolations(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync(path);

        var result = await page.RunAxe();
        await page.ScreenshotAsync("axe" + (path == "/" ? "-home" : path.Replace('/', '-')));

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        serious.Should().BeEmpty();
    }

    [Fact]
    public async Task PracticePages_HaveNoSeriousAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync("Accessibility check");
        await page.GetByLabel("Action").FillAsync("We looked at it together and we fixed it. We rolled it out and I think it basically worked.");
        await Assertions.Expect(page.Locator(".finding-list [data-rule=we-language]").First).ToBeVisibleAsync();
        var found = new List<string>();

        foreach (var path in new[] { "", "/", "/stories", "/walkthroughs", "/walkthroughs/webhook-drops-dive-deep?mode=study", "/walkthroughs/webhook-drops-dive-deep?mode=rehearse", "/walkthroughs/webhook-drops-dive-deep?mode=drill", "/walkthroughs/webhook-drops-dive-deep/quiz", "/progress" })
        {
            if (path.Length > 0)
            {
                await page.GotoInteractiveAsync(path);
            }

            var result = await page.RunAxe();
            found.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{(path.Length == 0 ? "editor" : path)} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(2).Select(n => n.Html))})"));
        }

        found.Should().BeEmpty();
    }

    [Fact]
    public async Task PrinciplesList_WorksWithKeyboardAlone()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/principles");

        // Tab from the top of the page until the search box has focus.
        for (var i = 0; i < 15 && await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") != "theme-search"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.TypeAsync("dive");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=dive$"));
        await Assertions.Expect(page.Locator("[data-theme]").First).ToHaveAttributeAsync("data-theme", "dive-deep", new() { Timeout = 5000 });
        // On through the Search button and the Show all link to the first result.
        for (var i = 0; i < 5 && await page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('href') ?? ''") != "/principles/dive-deep"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/principles/dive-deep$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dive Deep", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task App_WithBrokenContent_RefusesToStartWithLocatedMessage()
    {
        var dir = Directory.CreateTempSubdirectory("ip-broken-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppServer.RepoRoot, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(Path.Combine(AppServer.RepoRoot, "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(dir, "themes", "dive-deep.yaml"), "slug: dive-deep\nname: Dive Deep\ncompany: nowhere\n");

        var (exitCode, output) = await AppServer.RunToExitAsync(dir);

        exitCode.Should().Be(1);
        output.Should().Contain("dive-deep.yaml:3: company names company 'nowhere', which does not exist")
            .And.Contain("dive-deep.yaml:1: missing required field 'tagline'");
        Directory.Delete(dir, recursive: true);
    }
}
