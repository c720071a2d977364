using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Data.Migrations;

/// <summary>Self-ratings from drill mode, so a candidate sees which follow-ups still need work.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122020000_AddDrillRatings")]
public partial class AddDrillRatings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DrillRatings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                RunKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                WalkthroughSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                FollowUpKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Rating = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                RatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DrillRatings", x => x.Id);
                table.ForeignKey("FK_DrillRatings_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_DrillRatings_UserId_RunKey_FollowUpKey", "DrillRatings", ["UserId", "RunKey", "FollowUpKey"], unique: true);
        migrationBuilder.CreateIndex("IX_DrillRatings_UserId_WalkthroughSlug_RatedAtUtc", "DrillRatings", ["UserId", "WalkthroughSlug", "RatedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "DrillRatings");
}
