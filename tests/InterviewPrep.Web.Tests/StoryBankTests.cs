using InterviewPrep.Core.Stories;
using InterviewPrep.Data;
using InterviewPrep.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>The story bank against the real database of the app (SQLite here, PostgreSQL in StoryBankPostgresTests).</summary>
public class StoryBankTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly StoryDraft Draft = new()
    {
        Title = "Orphaned pipeline",
        Company = "Amazon",
        Principles = ["ownership", "not-a-theme"],
        Situation = "A nightly job had no owner after a reorg.",
        Task = "It was not my team's job; nobody had asked me.",
        Action = "I traced the stale rates to the job's old config. I rebuilt the job, added an alert on late runs and checked every report for a week.",
        Result = "Reports were correct again within 2 days, saving $1.4M in corrections.",
        Reflection = "Ownership gaps after reorgs need a registry; I proposed one.",
    };

    private Task<string> NewUserAsync() => factory.CreateUserAsync();

    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    [Fact]
    public async Task Create_SameClientKeyTwice_CreatesOneStory()
    {
        var user = await NewUserAsync();

        var first = await Bank.CreateAsync(user, "key-1", Draft);
        var second = await Bank.CreateAsync(user, "key-1", Draft with { Title = "double click" });

        second.Story!.Id.Should().Be(first.Story!.Id);
        (await Bank.ListAsync(user)).Should().ContainSingle();
        first.Story.Principles.Should().Be("ownership", "unknown theme slugs are dropped");
        first.Story.Score.Should().NotBeNull();
    }

    [Fact]
    public async Task Create_SameClientKeyAtOnce_FromManySaves_CreatesOneStory()
    {
        // Two instances (or a retried save racing the first) both pass the existence check; the
        // unique index lets one insert through and the other must return that story, not fail.
        var user = await NewUserAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Bank.CreateAsync(user, "race-key", Draft with { Title = $"try {i}" }))));

        results.Select(r => r.Story!.Id).Distinct().Should().ContainSingle();
        results.Should().OnlyContain(r => r.Saved);
        (await Bank.ListAsync(user)).Should().ContainSingle();
    }

    [Fact]
    public async Task Get_AnotherUsersStory_IsNotFound()
    {
        var owner = await NewUserAsync();
        var stranger = await NewUserAsync();
        var story = (await Bank.CreateAsync(owner, "k", Draft)).Story!;

        (await Bank.GetAsync(stranger, story.Id)).Should().BeNull();
        (await Bank.SaveAsync(stranger, story.Id, story.Version, Draft with { Title = "hijack" })).Should().Be(StorySaveResult.NotFound);
        (await Bank.RevisionsAsync(stranger, story.Id)).Should().BeEmpty();
        (await Bank.DeleteAsync(stranger, story.Id)).Should().BeFalse();
        (await Bank.GetAsync(owner, story.Id))!.Title.Should().Be("Orphaned pipeline");
    }

    [Fact]
    public async Task Save_StaleVersion_IsAConflictAndWritesNothing()
    {
        var user = await NewUserAsync();
        var story = (await Bank.CreateAsync(user, "k", Draft)).Story!;
        var tabOne = await Bank.SaveAsync(user, story.Id, story.Version, Draft with { Title = "tab one" });

        var tabTwo = await Bank.SaveAsync(user, story.Id, story.Version, Draft with { Title = "tab two" });

        tabOne.Saved.Should().BeTrue();
        tabTwo.Conflict.Should().BeTrue();
        tabTwo.Story!.Title.Should().Be("tab one");
        (await Bank.GetAsync(user, story.Id))!.Title.Should().Be("tab one");
    }

    [Fact]
    public async Task Save_OverTheLimit_IsRefusedWithAClearMessage()
    {
        var user = await NewUserAsync();

        var result = await Bank.CreateAsync(user, "k", Draft with { Action = new string('a', StoryLimits.SectionMax + 1) });

        result.Saved.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Should().Contain("Action is 5,001 characters; the limit is 5,000");
    }

    [Fact]
    public async Task Restore_EarlierRevision_BringsBackItsTextAndKeepsHistory()
    {
        var user = await NewUserAsync();
        var story = (await Bank.CreateAsync(user, "k", Draft)).Story!;
        var v2 = (await Bank.SaveAsync(user, story.Id, story.Version, Draft with { Result = "Better." }, "manual")).Story!;
        var first = (await Bank.RevisionsAsync(user, story.Id)).Last();

        var restored = await Bank.RestoreAsync(user, story.Id, first.Id, v2.Version);

        restored.Saved.Should().BeTrue();
        restored.Story!.Result.Should().Be(Draft.Result);
        var history = await Bank.RevisionsAsync(user, story.Id);
        history.Should().HaveCount(3);
        history.First().Kind.Should().Be("restore");
    }

    [Fact]
    public async Task ExportThenRead_RoundTripsTheStory()
    {
        var user = await NewUserAsync();
        var story = (await Bank.CreateAsync(user, "k", Draft)).Story!;

        var markdown = StoryExport.ToMarkdown(story);
        var items = StoryExport.Read("story.md", System.Text.Encoding.UTF8.GetBytes(markdown));

        markdown.Should().Contain("company: \"Amazon\"");
        items.Should().ContainSingle().Which.Draft!.SameContentAs(StoryBank.ToDraft(story)).Should().BeTrue();
    }

    [Fact]
    public async Task ExportThenRead_HostileTitleAndHeadingLinesInSections_RoundTripsTheStoredStory()
    {
        var user = await NewUserAsync();
        var hostile = Draft with
        {
            Title = "NUL\0 and line\u2028separator \"quoted\" \\ \uFEFF",
            Action = "I traced it.\n## Action\nI fixed it.\n# heading\nText after the heading.\n\\## escaped already",
            Reflection = "Lesson.\r\n## Notes\r\nNotes kept.\0",
        };
        var story = (await Bank.CreateAsync(user, "hostile", hostile)).Story!;

        var items = StoryExport.Read(StoryExport.FileName(story), System.Text.Encoding.UTF8.GetBytes(StoryExport.ToMarkdown(story)));

        story.Title.Should().Be("NUL  and line separator \"quoted\" \\ \uFEFF");
        items.Should().ContainSingle().Which.Problems.Should().BeEmpty();
        items[0].Draft!.SameContentAs(StoryBank.ToDraft(story)).Should().BeTrue();
        items[0].Draft!.Action.Should().Contain("Text after the heading.");
    }

    [Fact]
    public async Task ScoreHistory_OnePointPerSave_OldestFirst_WithoutConflictCopies_AndOnlyOwnStories()
    {
        var user = await NewUserAsync();
        var weak = Draft with { Action = "We looked into it together and we fixed it.", Result = "Things got better." };
        var story = (await Bank.CreateAsync(user, "k", weak)).Story!;
        var better = (await Bank.SaveAsync(user, story.Id, story.Version, Draft, "manual")).Story!;
        await Bank.KeepAsRevisionAsync(user, story.Id, weak with { Title = "lost in a conflict" });

        var history = await Bank.ScoreHistoryAsync(user);

        history.Should().ContainKey(story.Id).WhoseValue.Should().Equal(story.Score!.Value, better.Score!.Value);
        better.Score.Should().BeGreaterThan(story.Score.Value);
        (await Bank.ScoreHistoryAsync(await NewUserAsync())).Should().BeEmpty();
    }

    [Fact]
    public async Task Autosaves_InOneSitting_KeepTheWeakFirstDraftAndEachNewVerdict()
    {
        var user = await NewUserAsync();
        var weak = Draft with { Action = "We looked into it together and we fixed it.", Result = "Things got better." };
        var story = (await Bank.CreateAsync(user, "k", weak)).Story!;
        var version = story.Version;
        async Task<Story> AutosaveAsync(StoryDraft d)
        {
            var saved = (await Bank.SaveAsync(user, story.Id, version, d)).Story!;
            version = saved.Version;
            return saved;
        }

        await AutosaveAsync(weak with { Title = "Orphaned pipeline, take 2" });
        await AutosaveAsync(weak with { Title = "Orphaned pipeline, take 3" });
        var firstStrong = await AutosaveAsync(Draft);
        await AutosaveAsync(Draft with { Title = "Orphaned pipeline (final)" });
        var last = await AutosaveAsync(Draft with { Title = "Orphaned pipeline (final!)" });

        var history = (await Bank.RevisionsAsync(user, story.Id)).AsEnumerable().Reverse().ToList();
        var scores = (await Bank.ScoreHistoryAsync(user))[story.Id];

        story.Verdict.Should().Be("weak");
        last.Verdict.Should().NotBe("weak");
        history.First().Score.Should().Be(story.Score, "the first save of the sitting is kept");
        history.Should().Contain(r => r.Version == firstStrong.Version && r.Verdict == last.Verdict, "the first save at the new verdict is kept");
        history.Last().Title.Should().Be("Orphaned pipeline (final!)");
        history.Should().HaveCount(4, "saves with an unchanged verdict fold into the newest revision");
        scores.First().Should().BeLessThan(scores.Last());
    }
}
