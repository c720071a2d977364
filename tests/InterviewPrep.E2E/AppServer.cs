using System.Diagnostics;
using System.Text.RegularExpressions;

namespace InterviewPrep.E2E;

/// <summary>
/// Starts the real app, as built, on Kestrel at 127.0.0.1 with a free port, a fresh SQLite file
/// and the repository's content, and stops it afterwards. (The in-memory test server of
/// WebApplicationFactory is not reachable by a browser.)
/// </summary>
public sealed partial class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private AppServer(Process process, string dir, string baseUrl)
    {
        _process = process;
        _dir = dir;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static string RepoRoot { get; } = FindRepoRoot();

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    public static Task<AppServer> StartAsync(string? contentPath = null) => StartAsync(contentPath, null, "e2e-app.log");

    /// <summary>
    /// Starts the app with extra settings (environment variables, e.g. the PostgreSQL provider)
    /// and its log in artifacts/<paramref name="logName"/>, so several instances keep separate logs.
    /// </summary>
    public static async Task<AppServer> StartAsync(string? contentPath, IReadOnlyDictionary<string, string>? settings, string logName)
    {
        var dir = Directory.CreateTempSubdirectory("ip-e2e-").FullName;
        var psi = StartInfo(contentPath ?? Path.Combine(RepoRoot, "content"), Path.Combine(dir, "e2e.db"));
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        psi.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            psi.Environment[key] = value;
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the app");
        var bound = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        // The app's own log, kept beside the screenshots: the first place to look when a browser test fails.
        var logPath = Path.Combine(RepoRoot, "artifacts", logName);
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
                log.WriteLine(e.Data);
            }

            if (ListeningLine().Match(e.Data) is { Success: true } m)
            {
                bound.TrySetResult(m.Groups[1].Value);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                    log.WriteLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(bound.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != bound.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw new InvalidOperationException("the app did not start:\n" + output);
        }

        return new AppServer(process, dir, await bound.Task);
    }

    /// <summary>Runs the app to completion (for start-up failure tests) and returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string contentPath)
    {
        var psi = StartInfo(contentPath, Path.Combine(Path.GetTempPath(), $"ip-exit-{Guid.NewGuid():N}.db"));
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("the app kept running with invalid content");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The built app, as `dotnet run` would start it, on a free loopback port.</summary>
    private static ProcessStartInfo StartInfo(string contentPath, string databaseFile)
    {
        var psi = new ProcessStartInfo(WebExecutable())
        {
            WorkingDirectory = Path.Combine(RepoRoot, "src", "InterviewPrep.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add("http://127.0.0.1:0");
        psi.Environment["Content__Path"] = contentPath;
        psi.Environment["ConnectionStrings__Default"] = $"Data Source={databaseFile}";
        return psi;
    }

    private static string WebExecutable()
    {
        var bin = Path.Combine(RepoRoot, "src", "InterviewPrep.Web", "bin");
        // The configuration the tests were built with: this assembly's folder names it.
        var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var candidates = Directory.Exists(Path.Combine(bin, config))
            ? Directory.EnumerateFiles(Path.Combine(bin, config), "InterviewPrep.Web", SearchOption.AllDirectories).ToList()
            : [];
        return candidates.OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new FileNotFoundException($"build src/InterviewPrep.Web first (looked in {bin}/{config})");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewPrep.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>The instance dies at once (SIGKILL), as a crashed or powered-off machine does: no graceful shutdown.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Port the instance listens on.</summary>
    public int Port => new Uri(BaseUrl).Port;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
