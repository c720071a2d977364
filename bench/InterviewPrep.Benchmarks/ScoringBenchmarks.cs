using BenchmarkDotNet.Attributes;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Benchmarks;

/// <summary>
/// The scorer on a typical 400-word story and on longer ones built from the same sentences, so the
/// figures show both the per-story cost and how time grows with length (it should be linear).
/// Rules load once, as in the web app; each iteration is one Score call.
/// </summary>
[InProcess]
[MemoryDiagnoser]
// The machines are shared; Min shows the uncontended cost next to Mean and Median.
[MinColumn]
[MedianColumn]
public class ScoringBenchmarks
{
    private StarScorer _scorer = null!;
    private StarStory _story = null!;

    /// <summary>Approximate words in the story: typical, mid-size and long.</summary>
    [Params(400, 1500, 3000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentLoader.Load(ContentPaths.FindDefault());
        if (!content.Ok)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, content.Errors));
        }

        _scorer = new StarScorer(content.Catalog!.Scoring);
        _story = Stories.OfLength(Words);
        var words = StarNames.Sections.Sum(s => _scorer.Score(_story).Section(s).Words);
        Console.WriteLine($"// story of {words} words, {_scorer.Score(_story).Findings.Count} findings");
    }

    [Benchmark]
    public ScoreReport Score() => _scorer.Score(_story);
}

/// <summary>A realistic story (some findings, quotes, numbers, hedges) scaled by repeating its sentences.</summary>
internal static class Stories
{
    private static readonly string[] Situation =
    [
        "Our order-routing service sent about 2% of same-day orders to the wrong warehouse during the spring peak, and customers waited an extra day.",
        "We ran routing for roughly 140 warehouses, and the rules had grown over five years without a single owner.",
        "Support logged around 300 complaints a week, and the operations team had started fixing routes by hand each morning.",
    ];

    private static readonly string[] Task =
    [
        "The routing rules belonged to the logistics platform team, not my team, and no ticket existed because each error looked like a one-off.",
        "I owned the checkout service that called the router, so I decided to find the cause before the summer sale.",
    ];

    private static readonly string[] Action =
    [
        "I exported four weeks of misrouted orders and joined them with the rule that had fired for each one.",
        "I found that 70% of them matched two overlapping postcode rules, and the router picked whichever it loaded first.",
        "I wrote a small tool that lists every overlapping rule and the orders it would route differently.",
        "I think the tool was sort of rough at first, but it found 46 overlaps in an afternoon.",
        "I reviewed the list with the logistics lead, who said \"we should have caught this years ago\", and we agreed an order of precedence.",
        "I wrote the precedence change, added a test for each overlap, and ran it against a replay of the peak week.",
        "I rolled the change out to one region first, watched misroutes for two days, and then enabled it everywhere.",
        "I added a nightly check that fails the rules build if a new overlap appears, and I documented how to resolve one.",
    ];

    private static readonly string[] Result =
    [
        "Misrouted same-day orders fell from 2% to 0.1% within a week, about 1,900 orders a week delivered on time.",
        "Manual morning fixes stopped, which gave the operations team back roughly 10 hours a week, and the team was happy.",
    ];

    private static readonly string[] Reflection =
    [
        "The rules had no owner, so overlaps piled up unseen; I now ask who owns a rule set before I change a service that depends on it.",
    ];

    public static StarStory OfLength(int words)
    {
        // Each section grows by the same factor, repeating its sentences in turn, until the story
        // has about the requested number of words.
        var baseWords = new[] { Situation, Task, Action, Result, Reflection }.Sum(s => s.Sum(x => x.Split(' ').Length));
        var factor = (double)words / baseWords;
        return new StarStory
        {
            Title = "Misrouted orders",
            Level = Level.Sde2,
            Sections = new Dictionary<StarSection, string>
            {
                [StarSection.Situation] = Repeat(Situation, factor),
                [StarSection.Task] = Repeat(Task, factor),
                [StarSection.Action] = Repeat(Action, factor),
                [StarSection.Result] = Repeat(Result, factor),
                [StarSection.Reflection] = Repeat(Reflection, factor),
            },
        };
    }

    private static string Repeat(string[] sentences, double factor)
    {
        var baseWords = sentences.Sum(s => s.Split(' ').Length);
        var target = (int)(baseWords * factor);
        var parts = new List<string>();
        for (int i = 0, n = 0; n < target; i++)
        {
            // Stop short rather than overshoot when the next sentence would land further from the target.
            var s = sentences[i % sentences.Length];
            var words = s.Split(' ').Length;
            if (parts.Count > 0 && n + words - target > target - n)
            {
                break;
            }

            parts.Add(s);
            n += words;
        }

        return string.Join(" ", parts);
    }
}
