using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Data.Migrations;

/// <summary>Timed rehearsals, so a candidate sees whether their telling is getting inside the budget.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122030000_AddRehearsalRuns")]
public partial class AddRehearsalRuns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RehearsalRuns",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                RunKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Subject = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                SectionsJson = table.Column<string>(type: "TEXT", nullable: false),
                TargetSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                UsedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RehearsalRuns", x => x.Id);
                table.ForeignKey("FK_RehearsalRuns_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_RehearsalRuns_UserId_RunKey", "RehearsalRuns", ["UserId", "RunKey"], unique: true);
        migrationBuilder.CreateIndex("IX_RehearsalRuns_UserId_Subject_CompletedAtUtc", "RehearsalRuns", ["UserId", "Subject", "CompletedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "RehearsalRuns");
}
