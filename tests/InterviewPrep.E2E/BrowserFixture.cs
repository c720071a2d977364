namespace InterviewPrep.E2E;

/// <summary>One app server and one Chromium for the whole browser test run.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppServer Server { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public static string ScreenshotDir { get; } = Path.Combine(AppServer.RepoRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDir);
        File.WriteAllText(ConsoleLogPath, "");
        // CI machines have two cores shared by every test assembly: give the server time to answer.
        Assertions.SetDefaultExpectTimeout(15_000);
        Server = await AppServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            // The machine has no network: without these Chromium keeps trying to reach Google.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies, own storage), like a new visitor; optionally with its clock in another zone (IANA id), on another server, or with script off.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light, string? timezoneId = null, string? baseUrl = null, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            TimezoneId = timezoneId,
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(15_000);
        // Browser-side errors (a failed circuit, a script error) go beside the app's log, so a
        // failing test can be read from both ends.
        context.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                ConsoleLog($"{message.Type} {message.Page?.Url}: {message.Text}");
            }
        };
        context.WebError += (_, error) => ConsoleLog($"page error: {error.Error}");
        return await context.NewPageAsync();
    }

    private static readonly string ConsoleLogPath = Path.Combine(AppServer.RepoRoot, "artifacts", "e2e-browser-console.log");
    private static readonly Lock ConsoleLock = new();

    private static void ConsoleLog(string line)
    {
        lock (ConsoleLock)
        {
            File.AppendAllText(ConsoleLogPath, $"{DateTime.UtcNow:HH:mm:ss.fff} {line}{Environment.NewLine}");
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
