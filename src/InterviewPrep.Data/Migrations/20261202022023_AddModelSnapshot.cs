using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Data.Migrations;

/// <summary>
/// Introduces the model snapshot (AppDbContextModelSnapshot.cs) and changes no table. The four
/// earlier migrations were written by hand without a snapshot (docs/decisions/0002), so
/// `dotnet ef migrations add` diffed the model against nothing and emitted a full create of the
/// schema those four had already made. Its Up and Down are emptied: databases of every release
/// already have these tables, and a fresh one gets them from the four. From here on `dotnet ef`
/// diffs against this snapshot (docs/decisions/0008).
/// </summary>
public partial class AddModelSnapshot : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
