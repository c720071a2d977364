using Npgsql;

namespace InterviewPrep.Tests.Shared;

/// <summary>
/// The PostgreSQL server the provider tests run against: <c>INTERVIEWPREP_TEST_POSTGRES</c> holds
/// a superuser connection string (test.sh starts a loopback cluster and sets it). Each caller gets
/// a database of its own, dropped afterwards. Without the variable the tests fail with the fix,
/// never skip: a PostgreSQL test that does not run proves nothing.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "INTERVIEWPREP_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException($"The PostgreSQL tests need {Variable} (a superuser connection string, e.g. \"Host=127.0.0.1;Port=5232;Username=postgres;Password=...\"). Run ./test.sh, which starts a loopback cluster and sets it, or start one with deploy/postgres/cluster.sh.");

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public static string CreateDatabase()
    {
        var name = $"ip_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A connection string to a database name that is not created (EF Core's Migrate creates it).</summary>
    public static string NewDatabaseName() =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = $"ip_test_{Guid.NewGuid():N}" }.ConnectionString;

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(AdminConnectionString);
        admin.Open();
        using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
