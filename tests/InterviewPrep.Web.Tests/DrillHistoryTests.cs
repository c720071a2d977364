using InterviewPrep.Core.Quizzes;
using InterviewPrep.Data;
using InterviewPrep.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>Drill self-ratings against the real SQLite database of the app.</summary>
public class DrillHistoryTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string Slug = "webhook-drops-dive-deep";

    private DrillHistory History => factory.Services.GetRequiredService<DrillHistory>();

    private Task<int> RowsAsync(string userId) => factory.QueryAsync(db => db.DrillRatings.CountAsync(r => r.UserId == userId));

    [Fact]
    public async Task Rate_SameRunAndFollowUpAgain_ChangesTheOneRow()
    {
        var user = await factory.CreateUserAsync();

        await History.RateAsync(user, "run-1", Slug, "key-a", DrillRatings.Missed);
        await History.RateAsync(user, "run-1", Slug, "key-a", DrillRatings.Nailed);

        (await RowsAsync(user)).Should().Be(1);
        (await History.LatestAsync(user, Slug)).Should().Equal(new Dictionary<string, string> { ["key-a"] = DrillRatings.Nailed });
    }

    [Fact]
    public async Task Rate_TwoSavesAtOnce_StillOneRow()
    {
        var user = await factory.CreateUserAsync();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => History.RateAsync(user, "run-1", Slug, "key-a", DrillRatings.Partly)));

        (await RowsAsync(user)).Should().Be(1);
    }

    [Fact]
    public async Task Latest_TheNewestRunWins_PerFollowUp()
    {
        var user = await factory.CreateUserAsync();
        await History.RateAsync(user, "run-1", Slug, "key-a", DrillRatings.Missed);
        await History.RateAsync(user, "run-1", Slug, "key-b", DrillRatings.Nailed);
        await History.RateAsync(user, "run-2", Slug, "key-a", DrillRatings.Partly);
        await History.RateAsync(user, "run-3", "webhook-highest-standards", "key-c", DrillRatings.Missed);

        var latest = await History.LatestBySlugAsync(user);

        latest[Slug].Should().Equal(new Dictionary<string, string> { ["key-a"] = DrillRatings.Partly, ["key-b"] = DrillRatings.Nailed });
        latest["webhook-highest-standards"].Should().ContainKey("key-c");
        (await RowsAsync(user)).Should().Be(4, "every run is kept");
    }

    [Fact]
    public async Task Latest_OnlyEverShowsTheUsersOwnRatings()
    {
        var owner = await factory.CreateUserAsync();
        var stranger = await factory.CreateUserAsync();
        await History.RateAsync(owner, "run-1", Slug, "key-a", DrillRatings.Missed);

        (await History.LatestAsync(stranger, Slug)).Should().BeEmpty();
        (await History.LatestBySlugAsync(stranger)).Should().BeEmpty();
    }

    [Fact]
    public async Task Rate_UnknownRating_IsRefused()
    {
        var user = await factory.CreateUserAsync();

        var act = () => History.RateAsync(user, "run-1", Slug, "key-a", "<b>great</b>");

        await act.Should().ThrowAsync<ArgumentException>();
        (await RowsAsync(user)).Should().Be(0);
    }
}
