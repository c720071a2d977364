namespace InterviewPrep.E2E;

internal static class PageExtensions
{
    /// <summary>
    /// True once the page is ready for a user: blazor.web.js has started (links and forms use
    /// enhanced navigation) and every interactive part on it has been rendered by its circuit, so
    /// clicks reach the server (also right after an enhanced navigation between interactive
    /// pages). Reading pages are static and never open a circuit.
    /// </summary>
    public const string ReadyScript =
        "() => window.Blazor !== undefined && [...document.querySelectorAll('[data-interactive-root]')].every(e => e.dataset.interactiveRoot === 'yes')";

    /// <summary>Navigates and waits until the page is ready (<see cref="ReadyScript"/>).</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync(ReadyScript);
    }

    public static async Task ScreenshotAsync(this IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDir, name + ".png"), FullPage = true });

    /// <summary>Registers a new account through the UI and returns its email.</summary>
    public static async Task<string> RegisterAsync(this IPage page, string? email = null, string password = "Passw0rd!")
    {
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).WaitForAsync();
        return email;
    }

    /// <summary>Adds a principle to the story in the editor: opens the principle list when it is closed, then picks it.</summary>
    public static async Task PickPrincipleAsync(this IPage page, string slug)
    {
        var toggle = page.Locator(".principle-picker .picker-toggle");
        if (await toggle.GetAttributeAsync("aria-expanded") != "true")
        {
            await toggle.ClickAsync();
        }

        await page.Locator($"[data-pick={slug}]").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-picked={slug}]")).ToBeVisibleAsync();
    }

    /// <summary>Opens the editor's History dialog and returns it (it lists the revisions as they were when it opened).</summary>
    public static async Task<ILocator> OpenHistoryAsync(this IPage page)
    {
        await page.Locator("[data-history-open]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>Closes the History dialog with its Close button.</summary>
    public static async Task CloseHistoryAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).Last.ClickAsync(); // the footer button; the header X is named Close too
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }
}
