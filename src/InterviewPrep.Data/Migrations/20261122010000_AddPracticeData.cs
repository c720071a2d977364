using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Data.Migrations;

/// <summary>Quiz attempts, stories and their revisions.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122010000_AddPracticeData")]
public partial class AddPracticeData : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "QuizAttempts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                AttemptKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                WalkthroughSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Correct = table.Column<int>(type: "INTEGER", nullable: false),
                Total = table.Column<int>(type: "INTEGER", nullable: false),
                AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                ContentVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                DurationSeconds = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_QuizAttempts", x => x.Id);
                table.ForeignKey("FK_QuizAttempts_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Stories",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Company = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Principles = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Situation = table.Column<string>(type: "TEXT", nullable: false),
                Task = table.Column<string>(type: "TEXT", nullable: false),
                Action = table.Column<string>(type: "TEXT", nullable: false),
                Result = table.Column<string>(type: "TEXT", nullable: false),
                Reflection = table.Column<string>(type: "TEXT", nullable: false),
                SelfCheck = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Score = table.Column<int>(type: "INTEGER", nullable: true),
                Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Stories", x => x.Id);
                table.ForeignKey("FK_Stories_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StoryRevisions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Company = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Principles = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Situation = table.Column<string>(type: "TEXT", nullable: false),
                Task = table.Column<string>(type: "TEXT", nullable: false),
                Action = table.Column<string>(type: "TEXT", nullable: false),
                Result = table.Column<string>(type: "TEXT", nullable: false),
                Reflection = table.Column<string>(type: "TEXT", nullable: false),
                Score = table.Column<int>(type: "INTEGER", nullable: true),
                Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StoryRevisions", x => x.Id);
                table.ForeignKey("FK_StoryRevisions_Stories_StoryId", x => x.StoryId, "Stories", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_QuizAttempts_UserId_AttemptKey", "QuizAttempts", ["UserId", "AttemptKey"], unique: true);
        migrationBuilder.CreateIndex("IX_QuizAttempts_UserId_WalkthroughSlug", "QuizAttempts", ["UserId", "WalkthroughSlug"]);
        migrationBuilder.CreateIndex("IX_Stories_UserId_ClientKey", "Stories", ["UserId", "ClientKey"], unique: true);
        migrationBuilder.CreateIndex("IX_Stories_UserId_UpdatedAtUtc", "Stories", ["UserId", "UpdatedAtUtc"]);
        migrationBuilder.CreateIndex("IX_StoryRevisions_StoryId_SavedAtUtc", "StoryRevisions", ["StoryId", "SavedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "StoryRevisions");
        migrationBuilder.DropTable(name: "Stories");
        migrationBuilder.DropTable(name: "QuizAttempts");
    }
}
