namespace InterviewPrep.E2E;

internal static class PageExtensions
{
    /// <summary>Navigates and waits until the Blazor circuit is up, so clicks reach the server.</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.documentElement.dataset.circuit === 'up'");
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
