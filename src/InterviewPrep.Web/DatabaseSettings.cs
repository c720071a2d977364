using InterviewPrep.Data;

namespace InterviewPrep.Web;

/// <summary>
/// Which database the app uses: <c>Database:Provider</c> (Sqlite, the default, or Postgres) and
/// <c>ConnectionStrings:Default</c>. Read from the built configuration, so the tests' and the
/// command line's settings count.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <exception cref="DatabaseStartupException">An unknown provider, or Postgres without a connection string.</exception>
    public static DatabaseSettings From(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var provider = AppDatabase.ParseProvider(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseSettings(provider, connectionString);
        }

        return provider == DatabaseProvider.Postgres
            ? throw new DatabaseStartupException("Database:Provider is Postgres but ConnectionStrings:Default is empty; set it to \"Host=HOST;Port=5432;Database=NAME;Username=USER;Password=...\".")
            : new DatabaseSettings(provider, $"Data Source={Path.Combine(environment.ContentRootPath, "data", "interviewprep.db")}");
    }
}
