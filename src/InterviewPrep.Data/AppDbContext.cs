using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Data;

/// <summary>
/// User data: Identity accounts, quiz attempts, drill ratings, rehearsal timings, stories (and their re-angled variants), fact reviews and mock interviews. The schema is created by the
/// migrations in Migrations/, made by `dotnet ef` against the model snapshot (docs/decisions/0008);
/// a test fails when the model has changed without a migration.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The ASP.NET Core Data Protection key ring, when <c>DataProtection:Store</c> is Database:
    /// every app instance reads the same keys, so a cookie or form token one issued is accepted by all.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<DrillRating> DrillRatings => Set<DrillRating>();

    public DbSet<RehearsalRun> RehearsalRuns => Set<RehearsalRun>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<StoryRevision> StoryRevisions => Set<StoryRevision>();

    public DbSet<MockSession> MockSessions => Set<MockSession>();

    public DbSet<MockAnswer> MockAnswers => Set<MockAnswer>();

    public DbSet<MockFollowUpRating> MockFollowUpRatings => Set<MockFollowUpRating>();

    public DbSet<ReviewCardState> ReviewCardStates => Set<ReviewCardState>();

    public DbSet<ReviewAnswer> ReviewAnswers => Set<ReviewAnswer>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Identity shapes its tables by IdentityOptions.Stores.SchemaVersion, read from the app's
        // services: the app asks for version 2, but a context made without them (dotnet ef, the
        // Data tests) gets version 1, whose keys and phone number have no maximum length. Stating
        // version 2's lengths here gives every maker of the context the one model the migrations
        // and the snapshot describe (neither version has the .NET 10 passkeys table).
        builder.Entity<ApplicationUser>(e => e.Property(x => x.PhoneNumber).HasMaxLength(256));
        builder.Entity<IdentityUserLogin<string>>(e =>
        {
            e.Property(x => x.LoginProvider).HasMaxLength(128);
            e.Property(x => x.ProviderKey).HasMaxLength(128);
        });
        builder.Entity<IdentityUserToken<string>>(e =>
        {
            e.Property(x => x.LoginProvider).HasMaxLength(128);
            e.Property(x => x.Name).HasMaxLength(128);
        });

        builder.Entity<QuizAttempt>(e =>
        {
            e.Property(x => x.AttemptKey).HasMaxLength(64);
            e.Property(x => x.WalkthroughSlug).HasMaxLength(120);
            e.Property(x => x.Mode).HasMaxLength(16);
            e.Property(x => x.ContentVersion).HasMaxLength(64);
            e.HasIndex(x => new { x.UserId, x.AttemptKey }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.WalkthroughSlug });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DrillRating>(e =>
        {
            e.Property(x => x.RunKey).HasMaxLength(64);
            e.Property(x => x.WalkthroughSlug).HasMaxLength(120);
            e.Property(x => x.FollowUpKey).HasMaxLength(64);
            e.Property(x => x.Rating).HasMaxLength(16);
            e.HasIndex(x => new { x.UserId, x.RunKey, x.FollowUpKey }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.WalkthroughSlug, x.RatedAtUtc });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RehearsalRun>(e =>
        {
            e.Property(x => x.RunKey).HasMaxLength(64);
            e.Property(x => x.Subject).HasMaxLength(140);
            e.HasIndex(x => new { x.UserId, x.RunKey }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.Subject, x.CompletedAtUtc });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Story>(e =>
        {
            e.Property(x => x.ClientKey).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Level).HasMaxLength(16);
            e.Property(x => x.Company).HasMaxLength(100);
            e.Property(x => x.Principles).HasMaxLength(1000);
            e.Property(x => x.SelfCheck).HasMaxLength(200);
            e.Property(x => x.Questions).HasMaxLength(2000);
            e.Property(x => x.Verdict).HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.UserId, x.ClientKey }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.UpdatedAtUtc });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            // A variant's link to its original is a plain indexed column, not a foreign key: adding
            // one to an existing SQLite table means rebuilding it outside a transaction. StoryBank
            // clears the link when an original is deleted and its variants are kept.
            e.Property(x => x.AngleFor).HasMaxLength(120);
            e.HasIndex(x => new { x.UserId, x.OriginalStoryId });
        });

        builder.Entity<StoryRevision>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Level).HasMaxLength(16);
            e.Property(x => x.Company).HasMaxLength(100);
            e.Property(x => x.Principles).HasMaxLength(1000);
            e.Property(x => x.Verdict).HasMaxLength(16);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.HasIndex(x => new { x.StoryId, x.SavedAtUtc });
            e.HasOne(x => x.Story).WithMany(s => s.Revisions).HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MockSession>(e =>
        {
            e.Property(x => x.SessionKey).HasMaxLength(64);
            e.Property(x => x.Company).HasMaxLength(40);
            e.Property(x => x.Level).HasMaxLength(16);
            e.HasIndex(x => new { x.UserId, x.SessionKey }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.CompletedAtUtc });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Answers).WithOne(a => a.Session).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MockAnswer>(e =>
        {
            e.Property(x => x.Prompt).HasMaxLength(500);
            e.Property(x => x.ThemeSlug).HasMaxLength(120);
            e.Property(x => x.StoryTitle).HasMaxLength(200);
            e.Property(x => x.Mode).HasMaxLength(16);
            e.Property(x => x.AnswerText).HasMaxLength(10000);
            e.HasIndex(x => new { x.SessionId, x.Position }).IsUnique();
            e.HasMany(x => x.FollowUps).WithOne(f => f.Answer).HasForeignKey(f => f.AnswerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MockFollowUpRating>(e =>
        {
            e.Property(x => x.Question).HasMaxLength(500);
            e.Property(x => x.Source).HasMaxLength(16);
            e.Property(x => x.SourceId).HasMaxLength(120);
            e.Property(x => x.Rating).HasMaxLength(16);
            e.HasIndex(x => new { x.AnswerId, x.Position }).IsUnique();
        });

        builder.Entity<ReviewCardState>(e =>
        {
            e.Property(x => x.CardKey).HasMaxLength(64);
            e.Property(x => x.StateJson).HasMaxLength(1000);
            e.HasIndex(x => new { x.UserId, x.StoryId, x.CardKey }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.DueAtUtc });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Story>().WithMany().HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ReviewAnswer>(e =>
        {
            e.Property(x => x.CardKey).HasMaxLength(64);
            e.Property(x => x.Grade).HasMaxLength(16);
            e.Property(x => x.Typed).HasMaxLength(500);
            e.HasIndex(x => new { x.UserId, x.ReviewedAtUtc });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Story>().WithMany().HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
