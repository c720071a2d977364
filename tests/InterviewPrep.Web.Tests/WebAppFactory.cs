using InterviewPrep.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>The real app (real content, real SQLite file, real Identity) on the in-memory test server.</summary>
public class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ip-web-").FullName;

    /// <summary>Points the app at its database: here a fresh SQLite file.</summary>
    protected virtual void ConfigureDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_dir, "test.db")}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        ConfigureDatabase(builder);
        builder.UseSetting("Content:Path", Path.Combine(RepoRoot, "content"));
        // Production checks a cookie's security stamp once a minute; here on every request, so
        // that a test can replay a cookie right after logout.
        builder.UseSetting("Auth:RevalidateSeconds", "0");
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Runs a query against the app's database, to check what a service stored.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>A new account in the app's database (through Identity, as registration makes it); returns its id.</summary>
    public async Task<string> CreateUserAsync()
    {
        _ = Server;
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"u{Guid.NewGuid():N}@example.com";
        var user = new ApplicationUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, "Passw0rd!");
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        return user.Id;
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();

        // A subclass whose own set-up threw (PostgreSQL unreachable) is finalized before this
        // class's fields were set: a throw here would take the whole test host down.
        if (string.IsNullOrEmpty(_dir))
        {
            return;
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection: the temp folder is cleaned by the OS.
        }
    }
}
