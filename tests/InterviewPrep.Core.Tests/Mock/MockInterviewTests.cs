using InterviewPrep.Core.Content;
using InterviewPrep.Core.Mock;

namespace InterviewPrep.Core.Tests.Mock;

public class MockInterviewTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.LoadOrThrow(TestPaths.Content);

    private static readonly IReadOnlyList<Theme> Amazon = MockInterview.ThemePool(Catalog, "amazon");

    private static MockStory Story(int id, string verdict, params string[] principles) =>
        new(id, $"Story {id}", principles, [], verdict == "strong" ? 90 : 60, verdict, []);

    [Fact]
    public void PickQuestions_AnySeed_NeverRepeatsAPromptInASession()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var questions = MockInterview.PickQuestions(Catalog, "amazon", 5, [], [], new Random(seed));

            questions.Should().HaveCount(5);
            questions.Select(q => q.Prompt).Should().OnlyHaveUniqueItems($"seed {seed}");
            questions.Should().OnlyContain(q => Catalog.Theme(q.ThemeSlug)!.Prompts.Contains(q.Prompt), "every prompt is one of its theme's common prompts");
        }
    }

    [Fact]
    public void PickQuestions_MoreQuestionsThanThemes_StillNoRepeat()
    {
        var google = MockInterview.ThemePool(Catalog, "google");
        var count = google.Sum(t => t.Prompts.Count);

        var questions = MockInterview.PickQuestions(Catalog, "google", count + 3, [], [], new Random(7));

        questions.Should().HaveCount(count, "there are only that many prompts; it stops rather than repeating");
        questions.Select(q => q.Prompt).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void PickQuestions_WeightsTowardThemesTheBankDoesNotCover()
    {
        // Strong stories for every Amazon theme but Frugality (none) and Think Big (a weak one).
        var stories = Amazon.Where(t => t.Slug is not ("frugality" or "think-big")).Select((t, i) => Story(i + 1, "strong", t.Slug))
            .Append(Story(99, "weak", "think-big")).ToList();
        var counts = Amazon.ToDictionary(t => t.Slug, _ => 0);

        for (var seed = 0; seed < 400; seed++)
        {
            foreach (var q in MockInterview.PickQuestions(Catalog, "amazon", 3, stories, [], new Random(seed)))
            {
                counts[q.ThemeSlug]++;
            }
        }

        var strongAverage = counts.Where(kv => kv.Key is not ("frugality" or "think-big")).Average(kv => kv.Value);
        counts["frugality"].Should().BeGreaterThan((int)(strongAverage * 3), "an uncovered principle is asked far more often than a well-covered one");
        counts["think-big"].Should().BeGreaterThan((int)(strongAverage * 1.8), "a principle with only a weak story is asked more often too");
        counts["frugality"].Should().BeGreaterThan(counts["think-big"]);
    }

    [Fact]
    public void Weight_UncoveredWeakStrong()
    {
        var ownership = Catalog.Theme("ownership")!;

        MockInterview.Weight(ownership, []).Should().Be(MockInterview.UncoveredWeight);
        MockInterview.Weight(ownership, [Story(1, "mixed", "ownership")]).Should().Be(MockInterview.WeakWeight);
        MockInterview.Weight(ownership, [Story(1, "mixed", "ownership"), Story(2, "strong", "ownership")]).Should().Be(MockInterview.StrongWeight);
    }

    [Fact]
    public void PickQuestions_WithEarlierSessions_AsksPromptsNotAskedBefore()
    {
        var asked = new List<string>();
        for (var session = 0; session < 6; session++)
        {
            var questions = MockInterview.PickQuestions(Catalog, "amazon", 5, [], asked, new Random(session * 31 + 1));

            questions.Select(q => q.Prompt).Should().NotIntersectWith(asked, $"session {session + 1} has fresh prompts while the content has them");
            asked.AddRange(questions.Select(q => q.Prompt));
        }
    }

    [Fact]
    public void PickQuestions_EveryPromptAskedBefore_FallsBackWithoutRepeatingInTheSession()
    {
        var meta = MockInterview.ThemePool(Catalog, "meta");
        var all = meta.SelectMany(t => t.Prompts).ToList();

        var questions = MockInterview.PickQuestions(Catalog, "meta", 5, [], all, new Random(3));

        questions.Should().HaveCount(5);
        questions.Select(q => q.Prompt).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void SuggestStory_PrefersTheStoryWrittenForThePrompt_ThenTheTaggedOne()
    {
        var ownership = Catalog.Theme("ownership")!;
        var q = new MockQuestion(ownership.Prompts[1], "ownership", "Ownership");
        var tagged = Story(1, "strong", "ownership");
        var written = new MockStory(2, "Orphaned job", ["dive-deep"], [$"  {ownership.Prompts[1].ToUpperInvariant()} "], 70, "mixed", []);

        var both = MockInterview.SuggestStory(Catalog, q, [tagged, written], []);
        var onlyTagged = MockInterview.SuggestStory(Catalog, q, [tagged], []);

        both!.Story.Id.Should().Be(2);
        both.Reason.Should().StartWith("You wrote it for this question");
        onlyTagged!.Story.Id.Should().Be(1);
        onlyTagged.Reason.Should().Be("Tagged Ownership, scores 90 (strong).");
    }

    [Fact]
    public void SuggestStory_AvoidsAStoryAlreadyTold_AndSaysWhenItHasTo()
    {
        var q = new MockQuestion(Catalog.Theme("ownership")!.Prompts[0], "ownership", "Ownership");
        var a = Story(1, "strong", "ownership");
        var b = Story(2, "weak", "ownership");

        MockInterview.SuggestStory(Catalog, q, [a, b], [1])!.Story.Id.Should().Be(2);
        var again = MockInterview.SuggestStory(Catalog, q, [a], [1])!;
        again.Story.Id.Should().Be(1);
        again.Reason.Should().Contain("earlier in this mock");
    }

    [Fact]
    public void SuggestStory_NothingFits_Null()
    {
        var q = new MockQuestion(Catalog.Theme("frugality")!.Prompts[0], "frugality", "Frugality");

        MockInterview.SuggestStory(Catalog, q, [Story(1, "strong", "hire-and-develop-the-best")], []).Should().BeNull();
    }

    [Theory]
    [InlineData("missing-metric", "How did you measure it?")]
    [InlineData("we-language", "What was your part in that?")]
    [InlineData("missing-scope-boundary", "Whose job was this?")]
    [InlineData("handoff", "What did you do after you raised it?")]
    public void FollowUps_AFindingInTheStory_AsksItsProbeFirst(string rule, string expected)
    {
        var q = new MockQuestion(Catalog.Theme("ownership")!.Prompts[0], "ownership", "Ownership");
        var story = Story(1, "mixed", "ownership") with { FindingRules = [rule, rule] };

        var followUps = MockInterview.FollowUps(Catalog, q, story, [], new Random(1));

        followUps.Should().HaveCount(3);
        followUps[0].Should().Match<MockFollowUp>(f => f.Question == expected && f.Source == FollowUpSource.Finding && f.SourceId == rule);
        followUps.Skip(1).Should().OnlyContain(f => f.Source != FollowUpSource.Finding, "one per rule, and the rest from the theme and walkthroughs");
    }

    [Fact]
    public void FollowUps_ManyFindings_AtMostTwoFromFindings_InTheMappingsOrder()
    {
        var q = new MockQuestion(Catalog.Theme("ownership")!.Prompts[0], "ownership", "Ownership");
        var story = Story(1, "weak", "ownership") with { FindingRules = ["handoff", "we-language", "missing-metric"] };
        var order = Catalog.Mock.ByFinding.Select(f => f.Rule).ToList();

        var followUps = MockInterview.FollowUps(Catalog, q, story, [], new Random(1));

        var fromFindings = followUps.Where(f => f.Source == FollowUpSource.Finding).Select(f => f.SourceId).ToList();
        fromFindings.Should().HaveCount(2);
        fromFindings.Select(r => order.IndexOf(r)).Should().BeInAscendingOrder();
        followUps.Should().Contain(f => f.Source != FollowUpSource.Finding, "an answer also hears the theme's own probes");
    }

    [Fact]
    public void FollowUps_NoStory_FromTheWalkthroughsAndTheTheme_NotRepeatingTheSession()
    {
        var q = new MockQuestion(Catalog.Theme("ownership")!.Prompts[0], "ownership", "Ownership");
        var walkthroughProbes = Catalog.WalkthroughsFor("ownership").SelectMany(w => w.FollowUps).Select(f => f.Question).ToList();
        var asked = walkthroughProbes.Take(2).ToList();

        var followUps = MockInterview.FollowUps(Catalog, q, null, asked, new Random(5));

        followUps.Should().HaveCount(3);
        followUps.Select(f => f.Question).Should().NotIntersectWith(asked);
        followUps.Should().OnlyContain(f => f.Source == FollowUpSource.Walkthrough || f.Source == FollowUpSource.Theme);
        followUps.Should().OnlyContain(f => (f.Question.EndsWith('?') || f.Question.StartsWith("Tell me ", StringComparison.Ordinal)) && f.Tip.Length > 0 && f.Why.Length > 0);
    }

    [Theory]
    [InlineData("How did you make sure the backfilled numbers were correct?", true)]
    [InlineData("What about the other 37 orphaned jobs?", false)]
    [InlineData("How did you make sure the Platform team actually shipped your fix?", false)]
    [InlineData("What would you have done if he had rejected phasing as well?", false)]
    [InlineData("What did I miss?", true)]
    public void FitsAnyStory_LeavesOutWalkthroughSpecificProbes(string question, bool fits)
    {
        MockInterview.FitsAnyStory(question).Should().Be(fits);
    }

    [Fact]
    public void FromTheme_ExtractsTheQuotedQuestions_AsQuestions()
    {
        var all = Catalog.Themes.SelectMany(t => MockInterview.FromTheme(Catalog, t.Slug)).ToList();

        all.Should().NotBeEmpty();
        all.Should().OnlyContain(f => char.IsUpper(f.Question[0]) && (f.Question.EndsWith('?') || f.Question.EndsWith('.')) && !f.Question.Contains('"'));
        MockInterview.FromTheme(Catalog, "ownership").Select(f => f.Question).Should().Contain("Tell me why it was yours to fix.");
        Catalog.Themes.Where(t => MockInterview.FromWalkthroughs(Catalog, t.Slug).Count + MockInterview.FromTheme(Catalog, t.Slug).Count < 2)
            .Select(t => t.Slug).Should().BeEmpty("every theme can give an answer at least two follow-ups");
    }
}
