using InterviewPrep.Core.Stories;
using InterviewPrep.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>Mock interview sessions and a story's questions against the real SQLite database of the app.</summary>
public class MockSessionsTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private MockSessions Sessions => factory.Services.GetRequiredService<MockSessions>();

    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    private static MockAnswerEntry Answer(string prompt, int used, params string[] ratings) =>
        new(prompt, "ownership", null, "", "typed", "I did it.", used, 150,
            [.. ratings.Select((r, i) => new MockFollowUpEntry($"Follow-up {i}?", "theme", "ownership", r, 20, 60))]);

    [Fact]
    public async Task Save_AfterEachAnswerAndAtTheEnd_KeepsOneSession_ListedOnlyWhenFinished()
    {
        var user = await factory.CreateUserAsync();
        var started = DateTime.UtcNow;

        (await Sessions.SaveAsync(user, "k1", "amazon", "sde2", 2, started, [Answer("Q1?", 100, "nailed")], completed: false)).Should().BeEmpty();
        (await Sessions.ListAsync(user)).Should().BeEmpty("an unfinished session is not a result yet");
        await Sessions.SaveAsync(user, "k1", "amazon", "sde2", 2, started, [Answer("Q1?", 100, "nailed"), Answer("Q2?", 200, "missed", "partly")], completed: true);
        await Sessions.SaveAsync(user, "k1", "amazon", "sde2", 2, started, [Answer("Q1?", 100, "nailed"), Answer("Q2?", 200, "missed", "partly")], completed: true);

        var session = (await Sessions.ListAsync(user)).Single();
        session.Answers.Select(a => a.Prompt).Should().Equal("Q1?", "Q2?");
        session.Answers[1].FollowUps.Select(f => f.Rating).Should().Equal("missed", "partly");
        (await factory.QueryAsync(db => db.MockAnswers.CountAsync(a => a.SessionId == session.Id))).Should().Be(2, "a resave replaces the answers");
        (await Sessions.PromptsAskedAsync(user)).Should().BeEquivalentTo(["Q1?", "Q2?"]);
        var standing = await Sessions.StandingAsync(user);
        standing.Sessions.Should().Be(1);
        standing.WeakestPrompt.Should().Be("Q2?");
    }

    [Fact]
    public async Task Get_AnotherUsersSession_IsNotFound()
    {
        var owner = await factory.CreateUserAsync();
        var stranger = await factory.CreateUserAsync();
        await Sessions.SaveAsync(owner, "k", "amazon", "sde1", 1, DateTime.UtcNow, [Answer("Q?", 90)], completed: true);
        var id = (await Sessions.ListAsync(owner)).Single().Id;

        (await Sessions.GetAsync(stranger, id)).Should().BeNull();
        (await Sessions.ListAsync(stranger)).Should().BeEmpty();
        (await Sessions.GetAsync(owner, id)).Should().NotBeNull();
    }

    [Fact]
    public async Task Save_TooLongAnswerOrUnratedFollowUp_RefusedWithAMessage_NothingStored()
    {
        var user = await factory.CreateUserAsync();
        var tooLong = Answer("Q?", 90) with { AnswerText = new string('x', MockSessions.MaxAnswerChars + 1) };

        var problems = await Sessions.SaveAsync(user, "k", "amazon", "sde2", 1, DateTime.UtcNow, [tooLong, Answer("Q2?", 90, "maybe")], completed: true);

        problems.Should().HaveCount(2);
        problems[0].Should().Contain("the limit is 10,000");
        (await factory.QueryAsync(db => db.MockSessions.CountAsync(s => s.UserId == user))).Should().Be(0);
    }

    [Fact]
    public async Task SetQuestions_KeepsThemApartFromTheWords_OtherUserCannot()
    {
        var user = await factory.CreateUserAsync();
        var story = (await Bank.CreateAsync(user, Guid.NewGuid().ToString("N"), new StoryDraft { Title = "Export", Action = "I rewrote the queries." })).Story!;

        (await Bank.SetQuestionsAsync(user, story.Id, ["  Tell me about   a time you owned it. ", "tell me about a time you owned it.", "Why?"])).Should().BeEmpty();
        (await Bank.SetQuestionsAsync(await factory.CreateUserAsync(), story.Id, ["Mine now?"])).Should().BeNull();
        (await Bank.SetQuestionsAsync(user, story.Id, [new string('q', StoryBank.MaxQuestionChars + 1)])).Should().ContainSingle();

        var stored = (await Bank.GetAsync(user, story.Id))!;
        StoryBank.QuestionsOf(stored).Should().Equal("Tell me about a time you owned it.", "Why?");
        stored.Version.Should().Be(story.Version, "questions are not an edit of the story's words");
        Bank.ToMockStory(stored).Questions.Should().HaveCount(2);
    }
}
