using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewPrep.Data.Postgres;

/// <summary>
/// Makes the PostgreSQL context for `dotnet ef` run on this project (migrations add,
/// has-pending-model-changes). Those commands compare the model with this assembly's snapshot
/// and never connect, so no server is needed; the connection string only names the provider.
/// </summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseAppDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=interviewprep_design_time");
        return new AppDbContext(options.Options);
    }
}
