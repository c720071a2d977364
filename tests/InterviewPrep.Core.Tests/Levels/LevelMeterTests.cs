using InterviewPrep.Core.Content;
using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Levels;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Tests.Facts;

namespace InterviewPrep.Core.Tests.Levels;

/// <summary>Level placement on labelled stories written for these tests, and levels.yaml's strict loading.</summary>
public sealed class LevelMeterTests
{
    private static readonly Lazy<LevelMeter> Meter = new(() =>
    {
        var r = LevelBands.Load(Path.Combine(TestPaths.Content, LevelBands.FileName), TestFacts.Rules, Path.Combine(TestPaths.Content, "scoring", "lexicons.yaml"));
        return r.Ok ? new LevelMeter(r.Bands!) : throw new InvalidOperationException(string.Join(Environment.NewLine, r.Errors));
    });

    private const string Sde1Story = """
        ## Situation
        A unit test in our checkout module failed about once a day on CI.
        ## Task
        My lead asked me to find out why.
        ## Action
        I ran the test in a loop, saw it depended on the clock, and replaced the clock with a fake one. My lead reviewed the change.
        ## Result
        The test has not failed since, and I added a note to our testing guide.
        ## Reflection
        I now check for time-dependent tests when I review code.
        """;

    private const string Sde2Story = """
        ## Situation
        Our image service timed out under load and the mobile team kept filing tickets.
        ## Task
        I owned the service's reliability for the quarter.
        ## Action
        I profiled it and found the resize step blocked threads. I decided to move resizing to a background queue instead of a full rewrite, accepting slower first loads for new images. I walked the mobile team through the change.
        ## Result
        Timeouts fell from 4% to 0.2%.
        ## Reflection
        I measure before I redesign.
        """;

    private const string SeniorStory = """
        ## Situation
        Every team at the company ran its own deploy scripts, nobody owned the process, and failed deploys cost us about $40k a month in rollbacks.
        ## Task
        No one had asked for it, but I decided to fix deploys across the org.
        ## Action
        I wrote a proposal weighing a shared pipeline against per-team tooling, and chose the shared pipeline over the flexibility teams liked, accepting a slower start. I convinced the leads of six teams to pilot it, mentored two engineers who then ran the rollout, and made the pipeline the default for new services.
        ## Result
        Failed deploys fell from 9% to 1%, and 14 teams moved within two quarters.
        ## Reflection
        Changing how many teams work needs a pilot people trust.
        """;

    private static StarStory Parse(string markdown, Level level)
    {
        var parsed = StoryMarkdown.Parse(markdown, "story.md");
        parsed.Ok.Should().BeTrue(string.Join("; ", parsed.Errors));
        return parsed.Document!.Story with { Level = level };
    }

    [Theory]
    [InlineData(Sde1Story, Level.Sde1)]
    [InlineData(Sde2Story, Level.Sde2)]
    [InlineData(SeniorStory, Level.Senior)]
    public void Place_LabelledStory_ShowsItsLevel(string markdown, Level expected)
    {
        var placement = Meter.Value.Place(Parse(markdown, expected));

        placement.Shows.Should().Be(expected, string.Join(", ", placement.Signals.Select(s => $"{s.Signal}:'{s.Text}'")));
    }

    [Fact]
    public void Place_SeniorTargetShowingSde1_SaysSoPlainly_AndListsTwoOrThreeThings()
    {
        var placement = Meter.Value.Place(Parse(Sde1Story, Level.Senior));

        placement.BelowTarget.Should().BeTrue();
        placement.Summary.Should().StartWith("Written for Senior, this story shows SDE1 scope.");
        placement.MissingFor.Should().ContainKeys(Level.Sde2, Level.Senior);
        placement.MissingFor[Level.Senior].Count.Should().BeInRange(2, 3);
        placement.MissingFor[Level.Sde2].Should().Contain(a => a.Signal == "decision-owned");
    }

    [Fact]
    public void Place_Signals_HaveExactSpans()
    {
        var story = Parse(SeniorStory, Level.Senior);

        var placement = Meter.Value.Place(story);

        placement.Signals.Select(s => s.Signal).Should().Contain(["decision-owned", "trade-off", "mentoring", "org-wide", "money-or-customers", "influence"]);
        foreach (var s in placement.Signals)
        {
            story.Text(s.Section).Substring(s.Start, s.Length).Should().Be(s.Text);
        }

        placement.MissingFor.Should().BeEmpty();
    }

    [Fact]
    public void Place_NegatedSignal_DoesNotCount()
    {
        var story = StarStory.Create(null, null, "I did not have to convince anyone; the change stayed inside my module.", null, null);

        Meter.Value.Place(story).Signals.Should().NotContain(s => s.Signal == "influence");
    }

    [Fact]
    public void ScoreJson_CarriesTheLevel_WhenContentHasLevels()
    {
        var catalog = ContentLoader.LoadOrThrow(TestPaths.Content);
        var report = new StarScorer(catalog.Scoring).Score(Parse(Sde1Story, Level.Senior));

        var json = System.Text.Json.JsonDocument.Parse(ScoreReportJson.Serialize("s.md", report)).RootElement.GetProperty("level");

        json.GetProperty("shows").GetString().Should().Be("sde1");
        json.GetProperty("target").GetString().Should().Be("senior");
        json.GetProperty("belowTarget").GetBoolean().Should().BeTrue();
        json.GetProperty("missingFor").GetProperty("senior").GetArrayLength().Should().BeInRange(2, 3);

        var senior = System.Text.Json.JsonDocument.Parse(ScoreReportJson.Serialize("s.md", new StarScorer(catalog.Scoring).Score(Parse(SeniorStory, Level.Senior)))).RootElement.GetProperty("level");
        senior.GetProperty("shows").GetString().Should().Be("senior");
        senior.GetProperty("signals").GetArrayLength().Should().BePositive();
        senior.GetProperty("signals").EnumerateArray().Should().AllSatisfy(s =>
        {
            s.TryGetProperty("signal", out _).Should().BeTrue();
            s.TryGetProperty("text", out _).Should().BeTrue();
            s.GetProperty("start").GetInt32().Should().BeGreaterThanOrEqualTo(0);
            s.GetProperty("length").GetInt32().Should().BePositive();
        });
    }

    [Theory]
    [InlineData("signals:\n  - id: a\n    label: A\n    advice: add a\n    patterns: [I decided]\n    colour: red\nbands: []\n", 6, "unknown field 'colour'")]
    [InlineData("signals:\n  - id: a\n    label: A\n    advice: add a\n    patterns: ['@nope']\nbands: []\n", 5, "unknown matcher '@nope'")]
    [InlineData("signals:\n  - id: a\n    label: A\n    advice: add a\n    patterns: [I decided]\nbands:\n  - level: sde1\n    summary: s\n  - level: sde2\n    summary: s\n    always: [b]\n  - level: senior\n    summary: s\n", 11, "names signal 'b'")]
    [InlineData("signals:\n  - id: a\n    label: A\n    advice: add a\n    patterns: [I decided]\nbands:\n  - level: sde2\n    summary: s\n  - level: sde1\n    summary: s\n  - level: senior\n    summary: s\n", 7, "out of place")]
    [InlineData("signals:\n  - id: a\n    label: A\n    advice: add a\n    patterns: ['(I decided']\nbands: []\n", 5, "no matching ')'")]
    public void Load_BadLevelsFile_IsALocatedError(string yaml, int line, string message)
    {
        var result = LevelBands.Parse(yaml, TestFacts.Rules);

        result.Ok.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Line == line && e.Message.Contains(message), string.Join(" | ", result.Errors));
    }
}
