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
}
