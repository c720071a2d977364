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

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required"],
        });
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
        _playwright?.Dispose();
    }
}
