using InterviewPrep.Core.Stories;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>Spaced review of a user's own facts, against the real database and the real Core scheduler.</summary>
public class FactReviewsTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly StoryDraft Draft = new()
    {
        Title = "Webhook drops",
        Principles = ["dive-deep"],
        Situation = "Our payment webhooks dropped events and merchants noticed delays.",
        Task = "It was not my service; I wanted to know why events were lost.",
        Action = "I pulled the delivery logs, traced the drops to a race in the retry code and wrote the fix.",
        Result = "Dropped events went from 0.3% to zero within a week, recovering about $8K per week.",
        Reflection = "I now add a reconciliation check to every queue I own.",
    };

    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    private FactReviews Reviews => factory.Services.GetRequiredService<FactReviews>();

    [Fact]
    public async Task Deck_NewStory_HasDueCardsForItsNumbers_AndAnsweringMovesOneToLater()
    {
        var user = await factory.CreateUserAsync();
        var story = (await Bank.CreateAsync(user, "k", Draft)).Story!;

        var deck = (await Reviews.DeckAsync(user))!;
        deck.Due.Should().HaveCountGreaterThanOrEqualTo(2);
        deck.Due.Should().OnlyContain(i => i.StoryId == story.Id && i.IsNew);
        var card = deck.Due[0];

        var after = await Reviews.AnswerAsync(user, story.Id, card.Card.Id, ReviewGrade.Good, typed: null);

        after.Should().NotBeNull();
        after!.IntervalDays.Should().Be(1, "SM-2's first interval is one day");
        var again = (await Reviews.DeckAsync(user))!;
        again.Due.Should().NotContain(i => i.Card.Id == card.Card.Id);
        again.Later.Should().Be(1);
        (await Reviews.DueCountAsync(user)).Should().Be(deck.Due.Count - 1);
        (await factory.QueryAsync(db => db.ReviewAnswers.CountAsync(a => a.UserId == user))).Should().Be(1);
    }

    [Fact]
    public async Task Deck_NumberChangedAfterReview_RetiresTheOldCardAndStartsANewOne()
    {
        var user = await factory.CreateUserAsync();
        var story = (await Bank.CreateAsync(user, "k", Draft)).Story!;
        var reviewed = (await Reviews.DeckAsync(user))!.Due.First(i => i.Card.Answer.Contains("0.3%", StringComparison.Ordinal));
        await Reviews.AnswerAsync(user, story.Id, reviewed.Card.Id, ReviewGrade.Easy, "0.3% to zero");

        await Bank.SaveAsync(user, story.Id, story.Version, Draft with { Result = Draft.Result.Replace("0.3%", "0.4%", StringComparison.Ordinal) });
        var deck = (await Reviews.DeckAsync(user))!;

        deck.Retired.Should().Be(1);
        deck.Due.Should().Contain(i => i.IsNew && i.Card.Answer.Contains("0.4%", StringComparison.Ordinal));
        deck.Due.Should().NotContain(i => i.Card.Id == reviewed.Card.Id);
        (await Reviews.AnswerAsync(user, story.Id, reviewed.Card.Id, ReviewGrade.Good, null)).Should().BeNull("a retired card takes no answers");
    }

    [Fact]
    public async Task Review_AnotherUsersStory_Is404_AndTheirCardsTakeNoAnswers()
    {
        var owner = await factory.CreateUserAsync();
        var story = (await Bank.CreateAsync(owner, "k", Draft)).Story!;
        var card = (await Reviews.DeckAsync(owner))!.Due[0];
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"review-{Guid.NewGuid():N}@example.com";
        await AccountHttpTests.PostFormAsync(client, "/Account/Register", new() { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var stranger = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var response = await client.GetAsync($"/review/{story.Id}");
        var own = await client.GetStringAsync("/review");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Webhook drops");
        own.Should().NotContain("data-review-card", "the stranger has no stories, so no cards");
        (await Reviews.AnswerAsync(stranger, story.Id, card.Card.Id, ReviewGrade.Good, null)).Should().BeNull();
        (await Reviews.DeckAsync(stranger, story.Id)).Should().BeNull();
    }

    [Fact]
    public async Task Home_SignedIn_ShowsTheDueCount()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"due-{Guid.NewGuid():N}@example.com";
        await AccountHttpTests.PostFormAsync(client, "/Account/Register", new() { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var user = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await Bank.CreateAsync(user, "k", Draft);
        var due = await Reviews.DueCountAsync(user);

        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        due.Should().BeGreaterThan(0);
        home.QuerySelector("[data-review-due]")!.GetAttribute("data-review-due").Should().Be(due.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
