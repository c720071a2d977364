using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InterviewPrep.Data.Tests;

/// <summary>
/// The migrations made by `dotnet ef` keep up with the model, and a database from an earlier
/// release upgrades in place through the real start-up path with every row kept.
/// </summary>
public sealed class MigrationsTests : IDisposable
{
    private const string UserId = "7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f";

    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private readonly string _dir = Directory.CreateTempSubdirectory("ip-migrations-").FullName;

    [Fact]
    public void Model_ComparedWithSnapshot_HasNoChangesWithoutAMigration()
    {
        using var db = Open(Path.Combine(_dir, "model.db"));

        var pending = db.Database.HasPendingModelChanges();

        pending.Should().BeFalse("the model changed without a migration: run `dotnet tool restore`, then `dotnet ef migrations add NAME --project src/InterviewPrep.Data --startup-project src/InterviewPrep.Data` (docs/decisions/0008)");
    }

    [Fact]
    public async Task Migrate_Release202612Database_KeepsEveryRowAndTakesNewOnes()
    {
        var path = Path.Combine(_dir, "release-2026-12.db");
        File.Copy(Path.Combine(FixtureFolder, "release-2026-12.db"), path);

        using (var db = Open(path))
        {
            DatabaseSetup.Migrate(db);

            db.Database.GetPendingMigrations().Should().BeEmpty();
            db.Database.GetAppliedMigrations().Should().Equal(db.Database.GetMigrations());
            await AssertReleaseRowsAsync(db);
            await AddRowsAsync(db);
        }

        using var reopened = Open(path);
        (await reopened.Stories.CountAsync()).Should().Be(3);
        (await reopened.StoryRevisions.CountAsync()).Should().Be(4);
        (await reopened.QuizAttempts.CountAsync()).Should().Be(3);
        (await reopened.DrillRatings.CountAsync()).Should().Be(4);
        (await reopened.RehearsalRuns.CountAsync()).Should().Be(3);
    }

    [Fact]
    public async Task Migrate_DatabaseFromBeforeTheSnapshot_KeepsEveryRowAndChangesNoTable()
    {
        // Databases of the releases before docs/decisions/0008 have the four hand-written
        // migrations only; AddModelSnapshot must be recorded on them without touching a table.
        var path = Path.Combine(_dir, "before-snapshot.db");
        using (var old = Open(path))
        {
            old.GetService<IMigrator>().Migrate("20261122030000_AddRehearsalRuns");
        }

        await SeedAsync(path, await File.ReadAllTextAsync(Path.Combine(FixtureFolder, "release-2026-12.sql")));
        var before = SqliteSchema.Describe(path);

        // The snapshot migration itself touches no table; the migrations after it may add some.
        using (var snapshot = Open(path))
        {
            snapshot.GetService<IMigrator>().Migrate("20261202022023_AddModelSnapshot");
        }

        SqliteSchema.Describe(path).Should().Equal(before);
        using var db = Open(path);
        DatabaseSetup.Migrate(db);

        db.Database.GetAppliedMigrations().Should().Equal(db.Database.GetMigrations());
        await AssertReleaseRowsAsync(db);
        await AddRowsAsync(db);
    }

    /// <summary>Every row of release-2026-12.sql, field by field where a user would notice a loss.</summary>
    private static async Task AssertReleaseRowsAsync(AppDbContext db)
    {
        var user = await db.Users.AsNoTracking().SingleAsync();
        (user.Id, user.UserName, user.NormalizedEmail, user.LockoutEnabled, user.LockoutEnd, user.PhoneNumber)
            .Should().Be((UserId, "dana@example.com", "DANA@EXAMPLE.COM", true, (DateTimeOffset?)null, (string?)null));
        // The candidate can still sign in with the password the release stored.
        new PasswordHasher<ApplicationUser>().VerifyHashedPassword(user, user.PasswordHash!, "Release-2026-12!")
            .Should().Be(PasswordVerificationResult.Success);

        var stories = await db.Stories.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        stories.Select(s => (s.Id, s.UserId, s.ClientKey, s.Title, s.Level, s.Company, s.Principles, s.Score, s.Verdict, s.Version, s.UpdatedAtUtc)).Should().Equal(
            (1, UserId, "ck-3f9a1c", "Cut checkout latency by 40%", "sde2", "amazon", "customer-obsession,dive-deep", (int?)82, (string?)"strong", 3, new DateTime(2026, 11, 30, 18, 42, 10, 500)),
            (2, UserId, "ck-77b20e", "Disagreed with my manager", "sde1", "", "have-backbone", (int?)null, (string?)null, 1, new DateTime(2026, 11, 30, 20, 0, 0)));
        stories[0].Situation.Should().Be("Our checkout p99 was 2.1 s during the holiday peak.");
        stories[0].Action.Should().Be("I profiled the payment call, found a serial fraud check and made it parallel; I wrote the load test myself.");
        stories[0].Result.Should().Be("p99 fell to 1.25 s and abandoned carts dropped 8% (≈ $1.3M a week).");
        stories[0].Reflection.Should().Be("Next time I would add the load test to CI first — “measure before you fix”.");
        stories[0].SelfCheck.Should().Be("metric,scope");
        stories[0].CreatedAtUtc.Should().Be(new DateTime(2026, 11, 28, 9, 15, 0));
        stories[1].Action.Should().Be("We talked it through.");

        var revisions = await db.StoryRevisions.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        revisions.Select(r => (r.Id, r.StoryId, r.Version, r.Title, r.Score, r.Verdict, r.Kind, r.SavedAtUtc)).Should().Equal(
            (1, 1, 1, "Checkout latency", (int?)41, (string?)"weak", "auto", new DateTime(2026, 11, 28, 9, 16, 0)),
            (2, 1, 2, "Cut checkout latency", (int?)58, (string?)"mixed", "manual", new DateTime(2026, 11, 29, 12, 0, 0)),
            (3, 2, 1, "Disagreed with my manager", (int?)null, (string?)null, "conflict", new DateTime(2026, 11, 30, 20, 0, 5)));
        revisions[1].Task.Should().Be("I owned bringing it under 1.2 s.");
        revisions[1].Action.Should().Be("We profiled the payment call.");

        var attempts = await db.QuizAttempts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        attempts.Select(a => (a.Id, a.UserId, a.AttemptKey, a.WalkthroughSlug, a.Mode, a.Correct, a.Total, a.ContentVersion, a.StartedAtUtc, a.CompletedAtUtc, a.DurationSeconds)).Should().Equal(
            (1, UserId, "qa-01", "customer-obsession-returns", "full", 4, 6, "sha256:9e1f04", new DateTime(2026, 11, 29, 8, 0, 0), new DateTime(2026, 11, 29, 8, 4, 30), 270),
            (2, UserId, "qa-02", "customer-obsession-returns", "retry", 2, 2, "sha256:9e1f04", new DateTime(2026, 11, 29, 8, 5, 0), new DateTime(2026, 11, 29, 8, 6, 0), 60));
        attempts[0].AnswersJson.Should().Be("""{"q1":{"chosen":"Ask the customer","right":true},"q2":{"chosen":"Escalate","right":false}}""");

        var ratings = await db.DrillRatings.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        ratings.Select(r => (r.Id, r.UserId, r.RunKey, r.WalkthroughSlug, r.FollowUpKey, r.Rating, r.RatedAtUtc)).Should().Equal(
            (1, UserId, "dr-01", "dive-deep-outage", "fu-a1", "nailed", new DateTime(2026, 11, 30, 10, 0, 0)),
            (2, UserId, "dr-01", "dive-deep-outage", "fu-b2", "partly", new DateTime(2026, 11, 30, 10, 2, 0)),
            (3, UserId, "dr-02", "dive-deep-outage", "fu-b2", "missed", new DateTime(2026, 12, 1, 7, 30, 0)));

        var runs = await db.RehearsalRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        runs.Select(r => (r.Id, r.UserId, r.RunKey, r.Subject, r.SectionsJson, r.TargetSeconds, r.UsedSeconds, r.CompletedAtUtc)).Should().Equal(
            (1, UserId, "rr-01", "walkthrough:dive-deep-outage", """[{"id":"situation","target":20,"used":25},{"id":"action","target":60,"used":71}]""", 80, 96, new DateTime(2026, 11, 30, 11, 0, 0)),
            (2, UserId, "rr-02", "story:1", """[{"id":"situation","target":20,"used":18}]""", 20, 18, new DateTime(2026, 12, 1, 9, 45, 0)));
    }

    /// <summary>The upgraded database takes one more of everything, and still refuses a duplicate.</summary>
    private static async Task AddRowsAsync(AppDbContext db)
    {
        var story = new Story { UserId = UserId, ClientKey = "ck-after-upgrade", Title = "Written after the upgrade", Version = 1 };
        story.Revisions.Add(new StoryRevision { Version = 1, Title = story.Title, Kind = "manual" });
        db.Stories.Add(story);
        db.QuizAttempts.Add(new QuizAttempt { UserId = UserId, AttemptKey = "qa-03", WalkthroughSlug = "w", Mode = "full", AnswersJson = "{}", ContentVersion = "v" });
        db.DrillRatings.Add(new DrillRating { UserId = UserId, RunKey = "dr-03", WalkthroughSlug = "w", FollowUpKey = "f", Rating = "nailed" });
        db.RehearsalRuns.Add(new RehearsalRun { UserId = UserId, RunKey = "rr-03", Subject = "story:1", SectionsJson = "[]" });
        await db.SaveChangesAsync();
        story.Id.Should().Be(3, "new ids continue after the release's rows");

        db.ChangeTracker.Clear();
        db.DrillRatings.Add(new DrillRating { UserId = UserId, RunKey = "dr-01", WalkthroughSlug = "w", FollowUpKey = "fu-a1", Rating = "missed" });
        var duplicate = () => db.SaveChangesAsync();
        await duplicate.Should().ThrowAsync<DbUpdateException>("the release's unique index on a run's follow-up survives the upgrade");
        db.ChangeTracker.Clear();
    }

    private static async Task SeedAsync(string path, string sql)
    {
        await using var conn = new SqliteConnection($"Data Source={path};Pooling=False");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static AppDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
