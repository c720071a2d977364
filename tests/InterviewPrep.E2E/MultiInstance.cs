using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InterviewPrep.Tests.Shared;
using Npgsql;

namespace InterviewPrep.E2E;

/// <summary>
/// The scale-out setup of deploy/multi on loopback: two app instances (the real built app) on one
/// fresh PostgreSQL database with the key ring in it, and optionally Debian's nginx in front,
/// configured from deploy/multi/nginx.conf.template itself.
/// </summary>
public sealed class MultiInstance : IAsyncDisposable
{
    private Process? _nginx;
    private string? _nginxDir;

    private MultiInstance(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public AppServer A { get; private set; } = default!;

    public AppServer B { get; private set; } = default!;

    /// <summary>nginx's URL (http://localhost:PORT), when started with a proxy.</summary>
    public string? ProxyUrl { get; private set; }

    public static async Task<MultiInstance> StartAsync(bool withProxy, string name)
    {
        var setup = new MultiInstance(TestPostgres.CreateDatabase());
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = setup.ConnectionString,
            ["DataProtection__Store"] = "Database",
        };
        try
        {
            // One after the other, as the start script does: the first migrates and makes the key.
            setup.A = await AppServer.StartAsync(null, settings, $"e2e-{name}-a.log");
            setup.B = await AppServer.StartAsync(null, settings, $"e2e-{name}-b.log");
            if (withProxy)
            {
                await setup.StartNginxAsync();
            }

            return setup;
        }
        catch
        {
            // Nothing started may outlive a failed start: the instances, nginx, the database.
            await setup.DisposeAsync();
            throw;
        }
    }

    /// <summary>Which instance nginx sent a request of this browser to: A, B, or the raw upstream address.</summary>
    public string NameOf(string upstream) =>
        upstream.EndsWith($":{A.Port}", StringComparison.Ordinal) ? "A" : upstream.EndsWith($":{B.Port}", StringComparison.Ordinal) ? "B" : upstream;

    public AppServer Named(string name) => name == "A" ? A : B;

    /// <summary>One column of one story, read straight from PostgreSQL.</summary>
    public async Task<string?> StoryFieldAsync(int storyId, string column)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT \"{column}\" FROM \"Stories\" WHERE \"Id\" = @id";
        cmd.Parameters.AddWithValue("id", storyId);
        return await cmd.ExecuteScalarAsync() as string;
    }

    private async Task StartNginxAsync()
    {
        var port = FreePort();
        _nginxDir = Directory.CreateTempSubdirectory("ip-nginx-").FullName;
        // nginx's workers may run as another user than its master: let them reach the temp folders.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_nginxDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        Directory.CreateDirectory(Path.Combine(_nginxDir, "tmp"));
        var template = await File.ReadAllTextAsync(Path.Combine(AppServer.RepoRoot, "deploy", "multi", "nginx.conf.template"));
        var servers = string.Join('\n', new[] { A, B }.Select(s => $"        server 127.0.0.1:{s.Port} max_fails=1 fail_timeout=10s;"));
        var conf = template.Replace("@STATE@", _nginxDir, StringComparison.Ordinal)
            .Replace("@LISTEN@", $"127.0.0.1:{port}", StringComparison.Ordinal)
            .Replace("@SERVERS@", servers, StringComparison.Ordinal);
        var confPath = Path.Combine(_nginxDir, "nginx.conf");
        await File.WriteAllTextAsync(confPath, conf);

        var executable = Environment.GetEnvironmentVariable("NGINX_PATH") ?? (File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
        var psi = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", _nginxDir, "-c", confPath, "-e", Path.Combine(_nginxDir, "nginx-error.log"), "-g", "daemon off;" })
        {
            psi.ArgumentList.Add(arg);
        }

        _nginx = Process.Start(psi) ?? throw new InvalidOperationException("could not start nginx");
        ProxyUrl = $"http://localhost:{port}";
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            if (_nginx.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await _nginx.StandardError.ReadToEndAsync());
            }

            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("nginx did not answer");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false } && _nginxDir is not null)
        {
            // `-s stop` (SIGTERM to the master), not Kill: a killed master leaves its workers running.
            using (var stop = Process.Start(new ProcessStartInfo(_nginx.StartInfo.FileName) { ArgumentList = { "-p", _nginxDir, "-c", Path.Combine(_nginxDir, "nginx.conf"), "-e", Path.Combine(_nginxDir, "nginx-error.log"), "-s", "stop" }, UseShellExecute = false }))
            {
                await stop!.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _nginx.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _nginx.Kill(entireProcessTree: true);
            }
        }

        _nginx?.Dispose();
        if (_nginxDir is not null)
        {
            // Kept beside the other logs: which instance served what, and any proxy error.
            foreach (var log in new[] { "nginx-access.log", "nginx-error.log" })
            {
                var path = Path.Combine(_nginxDir, log);
                if (File.Exists(path))
                {
                    File.Copy(path, Path.Combine(AppServer.RepoRoot, "artifacts", "e2e-" + log), overwrite: true);
                }
            }
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        TestPostgres.DropDatabase(ConnectionString);
    }
}
