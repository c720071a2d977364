using InterviewPrep.Tests.Shared;
using Microsoft.AspNetCore.Hosting;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// The same app on PostgreSQL (a database of its own on the test server, see TestPostgres), with
/// the key ring in the database as a multi-instance deployment has it.
/// </summary>
public class PostgresWebAppFactory : WebAppFactory
{
    public PostgresWebAppFactory() : this(TestPostgres.CreateDatabase(), ownsDatabase: true)
    {
    }

    /// <summary>Another instance on <paramref name="connectionString"/>'s database (ScaleOutHttpTests), which it does not drop.</summary>
    public static PostgresWebAppFactory OnDatabase(string connectionString, string? applicationName = null) =>
        new(connectionString, ownsDatabase: false, applicationName);

    private PostgresWebAppFactory(string connectionString, bool ownsDatabase, string? applicationName = null)
    {
        ConnectionString = connectionString;
        _ownsDatabase = ownsDatabase;
        _applicationName = applicationName;
    }

    private readonly bool _ownsDatabase;
    private readonly string? _applicationName;

    public string ConnectionString { get; }

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        if (_applicationName is not null)
        {
            builder.UseSetting("DataProtection:ApplicationName", _applicationName);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            TestPostgres.DropDatabase(ConnectionString);
        }
    }
}

// The classes whose behaviour depends on the database engine run again on PostgreSQL: every
// [Fact] of the SQLite class, the same assertions, another provider.
public sealed class StoryBankPostgresTests(PostgresWebAppFactory factory) : StoryBankTests(factory), IClassFixture<PostgresWebAppFactory>;

public sealed class DrillHistoryPostgresTests(PostgresWebAppFactory factory) : DrillHistoryTests(factory), IClassFixture<PostgresWebAppFactory>;

public sealed class RehearsalHistoryPostgresTests(PostgresWebAppFactory factory) : RehearsalHistoryTests(factory), IClassFixture<PostgresWebAppFactory>;

public sealed class StoryImportPostgresTests(PostgresWebAppFactory factory) : StoryImportTests(factory), IClassFixture<PostgresWebAppFactory>;

public sealed class AccountHttpPostgresTests(PostgresWebAppFactory factory) : AccountHttpTests(factory), IClassFixture<PostgresWebAppFactory>;

public sealed class StoriesPageHttpPostgresTests(PostgresWebAppFactory factory) : StoriesPageHttpTests(factory), IClassFixture<PostgresWebAppFactory>;

public sealed class AppDbContextModelPostgresTests(PostgresWebAppFactory factory) : AppDbContextModelTests(factory), IClassFixture<PostgresWebAppFactory>;
