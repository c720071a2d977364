namespace InterviewPrep.E2E;

/// <summary>
/// A second Chromium, for the recording tests only, with a synthetic microphone that is always
/// allowed (<c>--use-fake-ui-for-media-stream --use-fake-device-for-media-stream</c>). Pages run
/// against the collection's app server; every other test keeps the plain browser, in which a
/// page asking for the microphone is refused, as a user who clicked "Block" would be.
/// </summary>
public sealed class MediaChromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The same synthetic microphone without the always-allow: Chromium refuses the page's request, as after "Block".</summary>
    public IBrowser DeniedBrowser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required");
        DeniedBrowser = await LaunchAsync("--use-fake-device-for-media-stream");
    }

    private Task<IBrowser> LaunchAsync(params string[] media) => _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", .. media],
    });

    public async Task<IPage> NewDeniedPageAsync(string baseUrl)
    {
        var context = await DeniedBrowser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await DeniedBrowser.DisposeAsync();
        _playwright?.Dispose();
    }
}
