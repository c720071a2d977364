using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InterviewPrep.Data;

/// <summary>
/// Makes the context for `dotnet ef` (migrations add, has-pending-model-changes), so the tools
/// need neither the web app nor its configuration. The file is a throw-away in the temp folder:
/// the commands that use it compare the model with the snapshot and never open it.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), "interviewprep-design-time.db");
        return new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path}").Options);
    }
}
