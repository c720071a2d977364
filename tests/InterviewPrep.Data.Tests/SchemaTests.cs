using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InterviewPrep.Data.Tests;

/// <summary>
/// The migrations are written by hand (the EF design tools are not obtainable here), so this is
/// the guard that they match the model: a database built by the migrations must have exactly the
/// schema that EnsureCreated derives from the model.
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

        var expected = Describe(created);
        var actual = Describe(migrated);

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
            old.Users.Add(new ApplicationUser { Id = "u1", UserName = "a@example.com" });
            old.Stories.Add(new Story { UserId = "u1", ClientKey = "k1", Title = "Kept through the upgrade", Version = 1 });
            await old.SaveChangesAsync();
        }

        using var db = Open(path);
        DatabaseSetup.Migrate(db);

        db.Database.GetPendingMigrations().Should().BeEmpty();
        (await db.Stories.SingleAsync()).Title.Should().Be("Kept through the upgrade");
        db.DrillRatings.Add(new DrillRating { UserId = "u1", RunKey = "r", WalkthroughSlug = "w", FollowUpKey = "f", Rating = "nailed" });
        db.RehearsalRuns.Add(new RehearsalRun { UserId = "u1", RunKey = "r", Subject = "story:1", SectionsJson = "[]" });
        await db.SaveChangesAsync();
    }

    private static AppDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    /// <summary>Tables, columns (type, nullability, pk), indexes and foreign keys, as text lines.</summary>
    private static List<string> Describe(string path)
    {
        var lines = new List<string>();
        using var conn = new SqliteConnection($"Data Source={path};Pooling=False");
        conn.Open();
        var tables = Query(conn, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') ORDER BY name");
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            foreach (var col in QueryRows(conn, $"PRAGMA table_info('{table}')").OrderBy(r => r["name"]))
            {
                lines.Add($"  column {col["name"]} {col["type"]} notnull={col["notnull"]} pk={col["pk"]}");
            }

            foreach (var idx in QueryRows(conn, $"PRAGMA index_list('{table}')").Where(r => !((string)r["name"]!).StartsWith("sqlite_autoindex", StringComparison.Ordinal)).OrderBy(r => r["name"]))
            {
                var cols = QueryRows(conn, $"PRAGMA index_info('{idx["name"]}')").OrderBy(r => Convert.ToInt64(r["seqno"], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r["name"]);
                lines.Add($"  index {idx["name"]} unique={idx["unique"]} ({string.Join(",", cols)})");
            }

            foreach (var fk in QueryRows(conn, $"PRAGMA foreign_key_list('{table}')").OrderBy(r => r["from"]))
            {
                lines.Add($"  fk {fk["from"]} -> {fk["table"]}.{fk["to"]} on delete {fk["on_delete"]}");
            }
        }

        return lines;
    }

    private static List<string> Query(SqliteConnection conn, string sql) => QueryRows(conn, sql).Select(r => (string)r["name"]!).ToList();

    private static List<Dictionary<string, object?>> QueryRows(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
