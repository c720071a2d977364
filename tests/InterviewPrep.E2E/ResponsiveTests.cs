using Deque.AxeCore.Playwright;

namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class ResponsiveTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pages_OnAPhone_FitTheScreenWithoutSidewaysScrolling()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.RegisterAsync();
        // One saved story, so home's next steps and the progress page's story scores have rows.
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Title").FillAsync("A story with a rather long title that has to wrap on a phone screen");
        await page.GetByLabel("Action").FillAsync("We fixed it together.");
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync();
        var saved = new Uri(page.Url).AbsolutePath;
        var paths = new[] { "/", "/principles", "/principles/ownership", "/walkthroughs", "/walkthroughs/webhook-drops-dive-deep", "/walkthroughs/webhook-drops-dive-deep/quiz", "/stories", "/stories/new", saved, "/progress" };

        var overflowing = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoInteractiveAsync(path);
            var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            if (!fits)
            {
                overflowing.Add(path);
            }

            // The bar clips what does not fit instead of scrolling: every control in it must be whole on screen.
            var clipped = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.app-header a, .app-header button, .app-header summary')].filter(e => e.offsetParent && e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.textContent.trim() || e.getAttribute('aria-label'))");
            overflowing.AddRange(clipped.Select(c => $"{path}: '{c}' cut off in the bar"));

            await page.ScreenshotAsync("phone" + path.Replace('/', '-').Replace('?', '-'));
        }

        overflowing.Should().BeEmpty();
    }

    [Fact]
    public async Task DarkMode_KeepsReadableContrast()
    {
        var page = await browser.NewPageAsync(colorScheme: ColorScheme.Dark);
        await page.RegisterAsync();
        await page.GotoInteractiveAsync("/stories/new");
        await page.GetByLabel("Action").FillAsync("We looked at it together and we fixed it. We rolled it out.");
        await Assertions.Expect(page.Locator(".finding-list [data-rule=we-language]").First).ToBeVisibleAsync();
        // No choice made yet: the system's dark preference is taken up, and remembered.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-mode", "dark");
        await Assertions.Expect(page.Locator("[data-save-status=saved]")).ToBeVisibleAsync();
        var found = new List<string>();

        foreach (var path in new[] { "", "/", "/principles/dive-deep", "/walkthroughs/webhook-drops-dive-deep", "/walkthroughs/webhook-drops-dive-deep/quiz", "/progress" })
        {
            if (path.Length > 0)
            {
                await page.GotoInteractiveAsync(path);
            }

            var result = await page.RunAxe();
            found.AddRange(result.Violations.Where(v => v.Id == "color-contrast" && v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await page.ScreenshotAsync("dark" + (path.Length == 0 ? "-editor" : path.Replace('/', '-').Replace('?', '-')));
        }

        found.Should().BeEmpty();
    }

    [Fact]
    public async Task ThemeSwitch_IsRememberedAcrossReloadsAndPages()
    {
        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync("/principles/ownership");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-mode", "light");

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-mode", "dark");
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(18, 19, 26)'");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await page.ReloadAsync();
        // The server renders the remembered theme from the first byte (no flash of light).
        (await page.Locator("html").GetAttributeAsync("data-mode")).Should().Be("dark");
        await page.WaitForFunctionAsync(PageExtensions.ReadyScript);
        await page.GotoInteractiveAsync("/walkthroughs");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")).Should().Be(background);
        await page.GotoAsync("/Account/Login");
        (await page.Locator("html").GetAttributeAsync("data-mode")).Should().Be("dark", "static pages follow the choice too");
        await page.ScreenshotAsync("dark-login");
        await page.GotoInteractiveAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-mode", "light");
        // On an interactive page too: the switch is part of the static frame around it.
        await page.GotoInteractiveAsync($"/walkthroughs/webhook-drops-dive-deep?mode=rehearse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-mode", "dark");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ThemeSwitch_WithoutScript_PostsAndComesBackInTheOtherTheme()
    {
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/principles/ownership");
        (await page.Locator("html").GetAttributeAsync("data-mode")).Should().Be("light");

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/principles/ownership$"));
        (await page.Locator("html").GetAttributeAsync("data-mode")).Should().Be("dark");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Phone_MainLinksLiveInAMenuDrawer_NotInRowsOfTheBar()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoInteractiveAsync("/principles");
        var barHeight = await page.Locator("header.mud-appbar").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        barHeight.Should().BeLessThan(80, "the bar is one row on a phone");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Walkthroughs", Exact = true })).ToHaveCountAsync(0);

        // The menu is a disclosure: it opens from the keyboard as well as by a tap.
        await page.GetByLabel("Menu", new() { Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Walkthroughs", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync("phone-menu-open");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Walkthroughs", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Menu", new() { Exact = true })).ToBeFocusedAsync();

        await page.GetByLabel("Menu", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Walkthroughs", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/walkthroughs$"));
        await Assertions.Expect(page.Locator("details[data-phone-menu][open]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("phone-menu-closed-after-navigation");
    }
}
