using InterviewPrep.Core.Stories;
using InterviewPrep.Data;
using InterviewPrep.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>Rehearsal timings against the real SQLite database of the app.</summary>
public class RehearsalHistoryTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly string Subject = RehearsalHistory.WalkthroughSubject("webhook-drops-dive-deep");

    private RehearsalHistory History => factory.Services.GetRequiredService<RehearsalHistory>();

    private static readonly string[] SectionIds = ["situation", "task", "action", "result", "reflection"];

    private static List<SectionTiming> Timings(params int[] used) =>
        [.. used.Select((u, i) => new SectionTiming(SectionIds[i], 30, u))];

    private Task<int> RowsAsync(string userId) => factory.QueryAsync(db => db.RehearsalRuns.CountAsync(r => r.UserId == userId));

    [Fact]
    public async Task Save_SameRunTwice_KeepsOne_WithTotalsAndSectionsOver()
    {
        var user = await factory.CreateUserAsync();

        await History.SaveAsync(user, "run-1", Subject, Timings(20, 45, 30));
        await History.SaveAsync(user, "run-1", Subject, Timings(99, 99, 99));

        (await RowsAsync(user)).Should().Be(1);
        var run = (await History.RecentAsync(user, Subject)).Single();
        run.UsedSeconds.Should().Be(95);
        run.TargetSeconds.Should().Be(90);
        run.SectionsOver.Should().Be(1);
        run.Sections.Select(s => s.Section).Should().Equal("situation", "task", "action");
    }

    [Fact]
    public async Task Recent_NewestFirst_OnlyThisSubject_AtMostTheNumberAsked()
    {
        var user = await factory.CreateUserAsync();
        for (var i = 1; i <= 4; i++)
        {
            await History.SaveAsync(user, $"run-{i}", Subject, Timings(i * 10));
        }

        await History.SaveAsync(user, "other", RehearsalHistory.StorySubject(1), Timings(5));

        var recent = await History.RecentAsync(user, Subject, take: 3);

        recent.Select(r => r.UsedSeconds).Should().Equal(40, 30, 20);
    }

    [Fact]
    public async Task Recent_OnlyEverShowsTheUsersOwnRuns()
    {
        var owner = await factory.CreateUserAsync();
        var stranger = await factory.CreateUserAsync();
        await History.SaveAsync(owner, "run-1", Subject, Timings(20));

        (await History.RecentAsync(stranger, Subject)).Should().BeEmpty();
    }

    [Fact]
    public async Task DeletingAStory_DeletesItsRehearsals()
    {
        var user = await factory.CreateUserAsync();
        var bank = factory.Services.GetRequiredService<StoryBank>();
        var story = (await bank.CreateAsync(user, "k", new StoryDraft { Title = "To delete", Situation = "Some context." })).Story!;
        await History.SaveAsync(user, "run-1", RehearsalHistory.StorySubject(story.Id), Timings(20));
        await History.SaveAsync(user, "run-2", Subject, Timings(20));

        (await bank.DeleteAsync(user, story.Id)).Should().BeTrue();

        (await History.RecentAsync(user, RehearsalHistory.StorySubject(story.Id))).Should().BeEmpty();
        (await RowsAsync(user)).Should().Be(1, "other subjects' runs stay");
    }
}
