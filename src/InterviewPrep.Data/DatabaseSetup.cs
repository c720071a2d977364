using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InterviewPrep.Data;

/// <summary>
/// The database cannot be used: the message is one line that names the file and what to do,
/// printed by the app instead of a stack trace.
/// </summary>
public sealed class DatabaseStartupException : Exception
{
    public DatabaseStartupException(string message, Exception inner) : base(message, inner) { }

    public DatabaseStartupException() { }

    public DatabaseStartupException(string message) : base(message) { }
}

/// <summary>
/// Start-up steps for the database: for SQLite the folder, WAL mode and a write probe; for
/// PostgreSQL a reachable server; then the provider's migrations.
/// </summary>
public static class DatabaseSetup
{
    /// <summary>Creates the SQLite file's folder if needed; a server database has none.</summary>
    public static void EnsureFolder(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            EnsureFolder(connectionString);
        }
    }

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
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new DatabaseStartupException($"cannot create the folder {folder} for the database {Path.GetFullPath(source)} ({ex.Message}); create it or set ConnectionStrings:Default to a writable place.", ex);
            }
        }
    }

    /// <summary>
    /// Applies pending migrations, switches the file to write-ahead logging and checks that it can
    /// be written, so a database the app cannot use stops the start-up, not the first save.
    /// </summary>
    /// <exception cref="DatabaseStartupException">The file is not a database, is read-only, or cannot be opened.</exception>
    public static void Migrate(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            MigratePostgres(db);
            return;
        }

        try
        {
            // Probe with a bare connection first: a file that is not a database, or cannot be
            // written, fails here without EF logging the failed command and a stack trace.
            Probe(db.Database.GetConnectionString()!);
            db.Database.Migrate();
            // WAL lets readers proceed while a save is being written; it is a property of the file, so
            // setting it once at start-up covers every later connection.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
        catch (SqliteException ex)
        {
            throw new DatabaseStartupException(Describe(ex, FileOf(db)), ex);
        }
    }

    /// <summary>
    /// Applies the PostgreSQL migrations (creating the database when the role may). EF Core takes
    /// a lock for the run, so instances started together migrate once, one after the other.
    /// </summary>
    private static void MigratePostgres(AppDbContext db)
    {
        var where = ServerOf(db.Database.GetConnectionString());
        try
        {
            db.Database.Migrate();
        }
        catch (PostgresException ex)
        {
            throw new DatabaseStartupException(ex.SqlState switch
            {
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                    $"PostgreSQL at {where} refused the login ({ex.MessageText}); check Username and Password in ConnectionStrings:Default.",
                PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.InsufficientPrivilege =>
                    $"cannot use the database at {where} ({ex.MessageText}); create it (createdb -O USER NAME) or give the role CREATEDB, or fix ConnectionStrings:Default.",
                _ => $"cannot use the PostgreSQL database at {where} ({ex.MessageText}).",
            }, ex);
        }
        catch (NpgsqlException ex)
        {
            var reason = ex.InnerException is SocketException or TimeoutException ? ex.InnerException.Message : ex.Message;
            throw new DatabaseStartupException($"cannot reach PostgreSQL at {where} ({reason.TrimEnd('.')}); start the server or fix Host and Port in ConnectionStrings:Default.", ex);
        }
    }

    /// <summary>"host:port/database" from a PostgreSQL connection string, never its password.</summary>
    public static string ServerOf(string? connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{b.Host ?? "localhost"}:{b.Port}/{b.Database ?? b.Username ?? "(default database)"}";
        }
        catch (ArgumentException)
        {
            return "(unreadable ConnectionStrings:Default)";
        }
    }

    /// <summary>
    /// Reads the header and rewrites its user_version with its own value: a real write that
    /// changes nothing, so a read-only file fails at start-up rather than at the first save.
    /// </summary>
    private static void Probe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt64(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var write = connection.CreateCommand();
        write.CommandText = "PRAGMA user_version = " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";
        write.ExecuteNonQuery();
    }

    private static string FileOf(AppDbContext db)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" ? "the in-memory database" : Path.GetFullPath(source);
    }

    private static string Describe(SqliteException ex, string file) => ex.SqliteErrorCode switch
    {
        26 or 11 => $"{file} is not a SQLite database, or is damaged ({ex.Message.TrimEnd('.')}); move it aside to start with a new one, or set ConnectionStrings:Default to the right file.",
        8 => $"{file} is read-only ({ex.Message.TrimEnd('.')}); make the file and its folder writable for the app, or set ConnectionStrings:Default to a writable file.",
        14 => $"cannot open or create {file} ({ex.Message.TrimEnd('.')}); check that its folder exists and is writable, or set ConnectionStrings:Default to another file.",
        5 or 6 => $"{file} is locked by another program ({ex.Message.TrimEnd('.')}); stop it and start again.",
        _ => $"cannot use the database {file} ({ex.Message.TrimEnd('.')}).",
    };
}
