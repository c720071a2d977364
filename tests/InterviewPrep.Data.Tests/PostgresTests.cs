using InterviewPrep.Data.Postgres;
using InterviewPrep.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InterviewPrep.Data.Tests;

/// <summary>
/// The PostgreSQL provider: its generated migrations keep up with the model and build exactly the
/// model's schema, and what the app relies on behaves as on SQLite (unique indexes settling
/// double saves, the version check, UTC times, text lengths, case-sensitive keys).
/// </summary>
public sealed class PostgresTests : IDisposable
{
    private readonly List<string> _databases = [];

    [Fact]
    public void Model_ComparedWithPostgresSnapshot_HasNoChangesWithoutAMigration()
    {
        using var db = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        var pending = db.Database.HasPendingModelChanges();

        pending.Should().BeFalse("the model changed without a PostgreSQL migration: run `dotnet ef migrations add NAME --project src/InterviewPrep.Data.Postgres --startup-project src/InterviewPrep.Data.Postgres` (README, Changing the database)");
    }

    [Fact]
    public void Migrate_NewDatabase_CreatesItAndMatchesTheModelSchema()
    {
        var migrated = Track(TestPostgres.NewDatabaseName());
        var created = Track(TestPostgres.NewDatabaseName());
        using (var db = Open(migrated))
        {
            DatabaseSetup.Migrate(db);
            db.Database.GetPendingMigrations().Should().BeEmpty();
            db.Database.GetAppliedMigrations().Should().Equal(db.Database.GetMigrations());
        }

        using (var db = Open(created))
        {
            db.Database.EnsureCreated();
        }

        var expected = Describe(created);
        var actual = Describe(migrated);
        actual.Except(expected).Should().BeEmpty("the migrations create nothing the model lacks");
        expected.Except(actual).Should().BeEmpty("the migrations create everything the model has");
        actual.Should().Contain("column Stories.Title character varying(200) NOT NULL");
        actual.Should().Contain(l => l.StartsWith("index IX_Stories_UserId_ClientKey CREATE UNIQUE INDEX", StringComparison.Ordinal));
        actual.Should().Contain(l => l.StartsWith("table DataProtectionKeys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrate_TwoInstancesStartingTogether_BothStartOnOneSchema()
    {
        var cs = Track(TestPostgres.CreateDatabase());

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            using var db = Open(cs);
            DatabaseSetup.Migrate(db);
        })));

        using var check = Open(cs);
        check.Database.GetAppliedMigrations().Should().Equal(check.Database.GetMigrations());
    }

    [Fact]
    public async Task SaveTwice_SameClientKey_IsAUniqueViolation_OtherFailuresAreNot()
    {
        var cs = Track(TestPostgres.CreateDatabase());
        using (var setup = Open(cs))
        {
            DatabaseSetup.Migrate(setup);
            setup.Users.Add(new ApplicationUser { Id = "u1", UserName = "a@example.com" });
            setup.Stories.Add(new Story { UserId = "u1", ClientKey = "k1", Version = 1 });
            await setup.SaveChangesAsync();
        }

        using var db = Open(cs);
        db.Stories.Add(new Story { UserId = "u1", ClientKey = "k1", Version = 1 });
        var duplicate = await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();
        duplicate.Which.IsUniqueViolation().Should().BeTrue();

        // Keys compare case-sensitively, as on SQLite: "K1" is another key.
        using var other = Open(cs);
        other.Stories.Add(new Story { UserId = "u1", ClientKey = "K1", Version = 1 });
        await other.SaveChangesAsync();

        using var orphan = Open(cs);
        orphan.Stories.Add(new Story { UserId = "nobody", ClientKey = "k2", Version = 1 });
        var missingUser = await FluentActions.Awaiting(() => orphan.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();
        missingUser.Which.IsUniqueViolation().Should().BeFalse("a missing user is not someone else's save");

        using var tooLong = Open(cs);
        tooLong.Stories.Add(new Story { UserId = "u1", ClientKey = "k3", Title = new string('t', 201), Version = 1 });
        var longTitle = await FluentActions.Awaiting(() => tooLong.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();
        longTitle.Which.IsUniqueViolation().Should().BeFalse();
        longTitle.Which.InnerException.Should().BeOfType<PostgresException>().Which.SqlState.Should().Be(PostgresErrorCodes.StringDataRightTruncation);
    }

    [Fact]
    public async Task Story_AtEveryLimit_IsStoredWhole_AndTimesStayUtc()
    {
        var cs = Track(TestPostgres.CreateDatabase());
        var section = string.Concat(Enumerable.Repeat("I measured it — “twice” ✓. ", 200))[..5000];
        var unspecified = new DateTime(2026, 12, 2, 7, 30, 15, 250, DateTimeKind.Unspecified);
        using (var db = Open(cs))
        {
            DatabaseSetup.Migrate(db);
            db.Users.Add(new ApplicationUser { Id = "u1", UserName = "a@example.com" });
            db.Stories.Add(new Story
            {
                UserId = "u1", ClientKey = new string('k', 64), Title = new string('T', 200), Company = new string('c', 100),
                Situation = section, Task = section, Action = section, Result = section, Reflection = section,
                Version = 1, CreatedAtUtc = unspecified, UpdatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        using var read = Open(cs);
        var story = await read.Stories.AsNoTracking().SingleAsync();
        story.Title.Should().HaveLength(200);
        story.Action.Should().Be(section);
        story.CreatedAtUtc.Should().Be(unspecified);
        story.CreatedAtUtc.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task Stories_SaveWithStaleVersion_IsAConcurrencyConflict()
    {
        var cs = Track(TestPostgres.CreateDatabase());
        using (var setup = Open(cs))
        {
            DatabaseSetup.Migrate(setup);
            setup.Users.Add(new ApplicationUser { Id = "u1", UserName = "a@example.com" });
            setup.Stories.Add(new Story { UserId = "u1", ClientKey = "k1", Title = "First", Version = 1 });
            await setup.SaveChangesAsync();
        }

        using var tab1 = Open(cs);
        using var tab2 = Open(cs);
        var s1 = await tab1.Stories.SingleAsync();
        var s2 = await tab2.Stories.SingleAsync();
        s1.Version++;
        await tab1.SaveChangesAsync();
        s2.Version++;

        await FluentActions.Awaiting(() => tab2.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();
    }

    [Fact]
    public void Migrate_ServerNotListening_IsOneLineNamingTheServer()
    {
        using var db = Open("Host=127.0.0.1;Port=1;Database=nowhere;Username=x;Password=secret-word;Timeout=3");

        var act = () => DatabaseSetup.Migrate(db);

        var thrown = act.Should().Throw<DatabaseStartupException>().Which;
        thrown.Message.Should().StartWith("cannot reach PostgreSQL at 127.0.0.1:1/nowhere (").And.EndWith("); start the server or fix Host and Port in ConnectionStrings:Default.");
        thrown.Message.Should().NotContain("secret-word").And.NotContain("\n");
    }

    [Fact]
    public void Migrate_WrongPassword_SaysSoWithoutThePassword()
    {
        var cs = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Password = "not-the-password", Database = "postgres" }.ConnectionString;
        using var db = Open(cs);

        var thrown = FluentActions.Invoking(() => DatabaseSetup.Migrate(db)).Should().Throw<DatabaseStartupException>().Which;

        thrown.Message.Should().Contain("refused the login").And.Contain("check Username and Password").And.NotContain("not-the-password");
    }

    private string Track(string connectionString)
    {
        _databases.Add(connectionString);
        return connectionString;
    }

    private static AppDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseAppDatabase(DatabaseProvider.Postgres, connectionString);
        return new AppDbContext(options.Options);
    }

    /// <summary>Tables, columns (type, nullability, default), indexes and constraints, one line each, sorted.</summary>
    private static List<string> Describe(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT 'table ' || table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'column ' || table_name || '.' || column_name || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN c.is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
                   || COALESCE(' default ' || c.column_default, '') || COALESCE(' identity ' || c.identity_generation, '')
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = ('public."' || c.table_name || '"')::regclass AND a.attname = c.column_name
            WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
            """;
        var lines = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public void Dispose()
    {
        foreach (var cs in _databases)
        {
            TestPostgres.DropDatabase(cs);
        }
    }
}
