using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddVariantsAndFactReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AngleFor",
                table: "Stories",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginalStoryId",
                table: "Stories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Typed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewAnswers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewAnswers_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCardStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StateJson = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reviews = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCardStates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewCardStates_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewCardStates_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_UserId_OriginalStoryId",
                table: "Stories",
                columns: new[] { "UserId", "OriginalStoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAnswers_StoryId",
                table: "ReviewAnswers",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAnswers_UserId_ReviewedAtUtc",
                table: "ReviewAnswers",
                columns: new[] { "UserId", "ReviewedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCardStates_StoryId",
                table: "ReviewCardStates",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCardStates_UserId_DueAtUtc",
                table: "ReviewCardStates",
                columns: new[] { "UserId", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCardStates_UserId_StoryId_CardKey",
                table: "ReviewCardStates",
                columns: new[] { "UserId", "StoryId", "CardKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewAnswers");

            migrationBuilder.DropTable(
                name: "ReviewCardStates");

            migrationBuilder.DropIndex(
                name: "IX_Stories_UserId_OriginalStoryId",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "AngleFor",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "OriginalStoryId",
                table: "Stories");
        }
    }
}
