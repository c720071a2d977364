using System.Diagnostics;

namespace InterviewPrep.Web.Tests;

/// <summary>The built app started as an operator starts it, pointed at a database it cannot use.</summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ip-db-start-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string WebExecutable()
    {
        var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var bin = Path.Combine(WebAppFactory.RepoRoot, "src", "InterviewPrep.Web", "bin", config);
        return Directory.EnumerateFiles(bin, OperatingSystem.IsWindows() ? "InterviewPrep.Web.exe" : "InterviewPrep.Web", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
    }

    private static async Task<(int ExitCode, string Stderr)> StartAsync(string connectionString, string? provider = null)
    {
        var psi = new ProcessStartInfo(WebExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add("http://127.0.0.1:0");
        psi.Environment["Content__Path"] = Path.Combine(WebAppFactory.RepoRoot, "content");
        psi.Environment["ConnectionStrings__Default"] = connectionString;
        if (provider is not null)
        {
            psi.Environment["Database__Provider"] = provider;
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("the app started instead of refusing to: " + await stdout);
        }

        return (process.ExitCode, (await stderr).Trim());
    }

    [Fact]
    public async Task Start_DatabaseFileOfRandomBytes_RefusesWithOneLineAndExit1()
    {
        var file = Path.Combine(_dir, "junk.db");
        await File.WriteAllBytesAsync(file, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);

        var (exitCode, stderr) = await StartAsync($"Data Source={file}");

        exitCode.Should().Be(1);
        stderr.Should().Be($"InterviewPrep cannot start: {file} is not a SQLite database, or is damaged (SQLite Error 26: 'file is not a database'); move it aside to start with a new one, or set ConnectionStrings:Default to the right file.");
    }

    [Fact]
    public async Task Start_ReadOnlyDatabase_RefusesWithOneLineAndExit1()
    {
        var file = Path.Combine(_dir, "readonly.db");
        await File.WriteAllBytesAsync(file, []);

        // Mode=ReadOnly is how the file looks to SQLite when the account cannot write it; chmod
        // would not do as a test, since the tests may run as root.
        var (exitCode, stderr) = await StartAsync($"Data Source={file};Mode=ReadOnly");

        exitCode.Should().Be(1);
        stderr.Should().StartWith($"InterviewPrep cannot start: {file} is read-only").And.NotContain("\n");
    }

    [Fact]
    public async Task Start_FolderThatCannotBeCreated_RefusesWithOneLineAndExit1()
    {
        var notAFolder = Path.Combine(_dir, "a-file");
        await File.WriteAllTextAsync(notAFolder, "");
        var file = Path.Combine(notAFolder, "data", "app.db");

        var (exitCode, stderr) = await StartAsync($"Data Source={file}");

        exitCode.Should().Be(1);
        stderr.Should().StartWith($"InterviewPrep cannot start: cannot create the folder {Path.Combine(notAFolder, "data")} for the database {file}").And.NotContain("\n");
    }

    [Fact]
    public async Task Start_PostgresServerNotListening_RefusesWithOneLineAndExit1()
    {
        var (exitCode, stderr) = await StartAsync("Host=127.0.0.1;Port=1;Database=cohort;Username=app;Password=hunter2;Timeout=3", "Postgres");

        exitCode.Should().Be(1);
        stderr.Should().StartWith("InterviewPrep cannot start: cannot reach PostgreSQL at 127.0.0.1:1/cohort (")
            .And.EndWith("start the server or fix Host and Port in ConnectionStrings:Default.").And.NotContain("\n").And.NotContain("hunter2");
    }

    [Fact]
    public async Task Start_UnknownProvider_RefusesWithOneLineAndExit1()
    {
        var (exitCode, stderr) = await StartAsync($"Data Source={Path.Combine(_dir, "x.db")}", "Mongo");

        exitCode.Should().Be(1);
        stderr.Should().Be("InterviewPrep cannot start: Database:Provider is 'Mongo'; set it to Sqlite (the default, one file) or Postgres (with ConnectionStrings:Default naming the server).");
    }
}
