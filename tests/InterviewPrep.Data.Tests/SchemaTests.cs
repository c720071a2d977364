using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InterviewPrep.Data.Tests;

/// <summary>
/// The schema the migrations actually build. MigrationsTests guards the model against the
/// snapshot; this guards the migrations against the model: a database built by the migrations
/// (four hand-written, then generated ones, some of which may be edited by hand) must have
/// exactly the schema that EnsureCreated derives from the model.
/// </summary>
public sealed class SchemaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ip-schema-").FullName;

    [Fact]
    public void Migrate_FreshDatabase_MatchesModelSchema()
    {
        var migrated = Path.Combine(_dir, "migrated.db");
        var created = Path.Combine(_dir, "created.db");
        using (var db = Open(migrated))
        {
            DatabaseSetup.Migrate(db);
        }

        using (var db = Open(created))
        {
            db.Database.EnsureCreated();
        }

        var expected = SqliteSchema.Describe(created);
        var actual = SqliteSchema.Describe(migrated);

        actual.Except(expected).Should().BeEmpty("the migrations create nothing the model lacks");
        expected.Except(actual).Should().BeEmpty("the migrations create everything the model has");
        actual.Should().Equal(expected);
        actual.Should().Contain(l => l.StartsWith("table Stories", StringComparison.Ordinal));
    }

    [Fact]
    public void Migrate_FreshDatabase_UsesWalAndHasNoPendingMigrations()
    {
        var path = Path.Combine(_dir, "wal.db");
        using var db = Open(path);

        DatabaseSetup.Migrate(db);

        db.Database.GetPendingMigrations().Should().BeEmpty();
        db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single().Should().Be("wal");
    }

    [Fact]
    public async Task Stories_SaveWithStaleVersion_IsAConcurrencyConflict()
    {
        var path = Path.Combine(_dir, "conflict.db");
        using (var setup = Open(path))
        {
            DatabaseSetup.Migrate(setup);
            setup.Users.Add(new ApplicationUser { Id = "u1", UserName = "a@example.com" });
            setup.Stories.Add(new Story { UserId = "u1", ClientKey = "k1", Title = "First", Version = 1 });
            await setup.SaveChangesAsync();
        }

        using var tab1 = Open(path);
        using var tab2 = Open(path);
        var s1 = await tab1.Stories.SingleAsync();
        var s2 = await tab2.Stories.SingleAsync();
        s1.Title = "Tab one";
        s1.Version++;
        await tab1.SaveChangesAsync();
        s2.Title = "Tab two";
        s2.Version++;

        var act = () => tab2.SaveChangesAsync();

        await act.Should().ThrowAsync<DbUpdateConcurrencyException>();
    }

    [Fact]
    public async Task Migrate_DatabaseFromAnEarlierRelease_KeepsItsDataAndGainsTheNewTables()
    {
        var path = Path.Combine(_dir, "upgrade.db");
        using (var old = Open(path))
        {
            // The schema as the first release with practice data shipped it.
            old.GetService<IMigrator>().Migrate("20261122010000_AddPracticeData");
            // Rows are written as that release wrote them: the current model has columns the old tables lack.
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO AspNetUsers (Id, UserName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) VALUES ('u1', 'a@example.com', 0, 0, 0, 0, 0);");
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO Stories (UserId, ClientKey, Title, Level, Company, Principles, Situation, Task, Action, Result, Reflection, SelfCheck, Version, CreatedAtUtc, UpdatedAtUtc) "
                + "VALUES ('u1', 'k1', 'Kept through the upgrade', 'sde2', '', '', '', '', '', '', '', '', 1, '2026-11-22 00:00:00', '2026-11-22 00:00:00');");
        }

        using var db = Open(path);
        DatabaseSetup.Migrate(db);

        db.Database.GetPendingMigrations().Should().BeEmpty();
        (await db.Stories.SingleAsync()).Title.Should().Be("Kept through the upgrade");
        db.DrillRatings.Add(new DrillRating { UserId = "u1", RunKey = "r", WalkthroughSlug = "w", FollowUpKey = "f", Rating = "nailed" });
        db.RehearsalRuns.Add(new RehearsalRun { UserId = "u1", RunKey = "r", Subject = "story:1", SectionsJson = "[]" });
        db.MockSessions.Add(new MockSession { UserId = "u1", SessionKey = "s", Company = "amazon", Level = "sde2" });
        await db.SaveChangesAsync();
        (await db.Stories.SingleAsync()).Questions.Should().BeEmpty("an upgraded story answers no question yet");
    }

    [Fact]
    public async Task SaveTwice_SameClientKey_IsAUniqueViolation_AMissingUserIsNot()
    {
        var path = Path.Combine(_dir, "unique.db");
        using (var setup = Open(path))
        {
            DatabaseSetup.Migrate(setup);
            setup.Users.Add(new ApplicationUser { Id = "u1", UserName = "a@example.com" });
            setup.Stories.Add(new Story { UserId = "u1", ClientKey = "k1", Version = 1 });
            await setup.SaveChangesAsync();
        }

        using var db = Open(path);
        db.Stories.Add(new Story { UserId = "u1", ClientKey = "k1", Version = 1 });
        (await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>()).Which.IsUniqueViolation().Should().BeTrue();

        using var orphan = Open(path);
        orphan.Stories.Add(new Story { UserId = "nobody", ClientKey = "k2", Version = 1 });
        (await FluentActions.Awaiting(() => orphan.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>()).Which.IsUniqueViolation().Should().BeFalse();
    }

    private static AppDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
