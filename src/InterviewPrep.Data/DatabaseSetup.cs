using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Data;

/// <summary>Start-up steps for the SQLite database: folder, WAL mode, migrations.</summary>
public static class DatabaseSetup
{
    /// <summary>Creates the database file's folder if needed (SQLite will not).</summary>
    public static void EnsureFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Applies pending migrations and switches the file to write-ahead logging.</summary>
    public static void Migrate(AppDbContext db)
    {
        db.Database.Migrate();
        // WAL lets readers proceed while a save is being written; it is a property of the file, so
        // setting it once at start-up covers every later connection.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}
