using InterviewPrep.Core.Scoring;
using Xunit.Abstractions;

namespace InterviewPrep.Core.Tests.Scoring;

/// <summary>
/// The source walkthroughs in ../shared/seeds are read at test time (the repository carries their
/// facts, never their sentences): their strong section examples, assembled into one story, must
/// score strong with no we-language, missing-metric or missing-scope-boundary; their weak answers
/// must score weak.
/// </summary>
public class SeedStoriesTests
{
    private static readonly string[] MustNotFire = ["we-language", "missing-metric", "missing-scope-boundary"];
    private readonly ITestOutputHelper _output;

    public SeedStoriesTests(ITestOutputHelper output) => _output = output;

    /// <summary>What one seed walkthrough offers: strong S/T/A/R examples, level reflections and the weak answer.</summary>
    internal sealed record Seed(string Name, IReadOnlyList<string> Strong, string? Sde2Reflection, string? SeniorReflection, string? Weak);

    internal static IEnumerable<Seed> Walkthroughs()
    {
        foreach (var path in Directory.EnumerateFiles(TestPaths.Seeds, "00*.txt").Order(StringComparer.Ordinal).Where(p => !Path.GetFileName(p).StartsWith("000", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(path).Select(l => l.Trim()).ToList();
            string? After(int i)
            {
                for (var j = i + 1; j < lines.Count; j++)
                {
                    if (lines[j].Length > 0)
                    {
                        return lines[j];
                    }
                }

                return null;
            }

            // The reflection's "Strong Example" is only a row of quoted key phrases: skip those.
            var strong = lines.Select((l, i) => (l, i)).Where(x => x.l == "Strong Example").Select(x => After(x.i)!).Where(t => !t.StartsWith('"')).ToList();
            string? Heading(string heading) => lines.IndexOf(heading) is var i and >= 0 ? After(i) : null;
            yield return new Seed(Path.GetFileName(path), strong, Heading("SDE2 Reflection"), Heading("Senior Reflection"), Heading("Weak Answer"));
        }
    }

    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var s in Walkthroughs())
        {
            data.Add(s.Name);
        }

        return data;
    }

    [Fact]
    public void Seeds_001To004_AreReadableWithStrongExamplesAndWeakAnswers()
    {
        var seeds = Walkthroughs().ToList();

        seeds.Should().HaveCount(4);

        // 002 is a condensed page: coaching notes and follow-ups, but no section examples and no weak answer text.
        seeds.Where(s => s.Strong.Count == 4).Select(s => s.Name[..3]).Should().BeEquivalentTo(["001", "003", "004"]);
        seeds.Where(s => s.Weak is not null).Select(s => s.Name[..3]).Should().BeEquivalentTo(["001", "003", "004"]);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_StrongExamplesAssembled_ScoreStrongAtSde2AndSenior(string name)
    {
        var seed = Walkthroughs().Single(s => s.Name == name);
        if (seed.Strong.Count < 4)
        {
            _output.WriteLine($"{name}: no strong section examples on this page; nothing to assemble");
            return;
        }

        foreach (var (level, reflection) in new[] { (Level.Sde2, seed.Sde2Reflection), (Level.Senior, seed.SeniorReflection) })
        {
            var story = StarStory.Create(seed.Strong[0], seed.Strong[1], seed.Strong[2], seed.Strong[3], reflection, level);

            var report = TestRules.Scorer.Score(story);

            Print(name, level, report);
            report.Findings.Select(f => f.Rule).Should().NotContain(MustNotFire, $"{name} at {level}");
            report.Verdict.Should().Be(Verdict.Strong, $"{name} at {level}: {report.Explanation}");
        }
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_WeakAnswer_ScoresWeakWholeAndSplit(string name)
    {
        var seed = Walkthroughs().Single(s => s.Name == name);
        if (seed.Weak is null)
        {
            _output.WriteLine($"{name}: no weak answer on this page");
            return;
        }

        var whole = StarStory.Create(null, null, seed.Weak, null, null);

        // Split the way a candidate would have meant it: the opening line sets the scene, the
        // sentence about how it turned out is the result, the rest is what they did.
        var sentences = seed.Weak.Split(". ", StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd('.') + ".").ToList();
        var resultSentences = sentences.Skip(1).Where(s => s.Contains("improved", StringComparison.OrdinalIgnoreCase) || s.Contains("happy", StringComparison.OrdinalIgnoreCase)).ToList();
        var split = StarStory.Create(
            sentences[0],
            null,
            string.Join(" ", sentences.Skip(1).Except(resultSentences)),
            string.Join(" ", resultSentences),
            null);

        foreach (var (how, story) in new[] { ("whole paragraph in Action", whole), ("split", split) })
        {
            var report = TestRules.Scorer.Score(story);

            Print($"{name} ({how})", story.Level, report);
            report.Verdict.Should().Be(Verdict.Weak, $"{name} {how}: {report.Explanation}");
        }
    }

    private void Print(string name, Level level, ScoreReport report)
    {
        _output.WriteLine($"{name} @ {level.Display()}: {report.Score} {report.VerdictId} - {report.Explanation}");
        foreach (var f in report.Findings)
        {
            _output.WriteLine($"  {f.Section.Id(),-10} {f.Rule,-22} \"{f.Text}\"");
        }
    }
}
