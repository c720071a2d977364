using BenchmarkDotNet.Attributes;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Benchmarks;

/// <summary>
/// The scorer on real text from the blind corpus (tests/corpus/blind/dev): one typical story as
/// the baseline, and one ~4,000-word story made by concatenating dev stories section by section
/// (transcripts, non-native English, résumé bullets — the language the rules were not written on).
/// The ratio column shows, in the same run, how the long story's cost compares with the typical
/// one; linear in length means ratio ≈ words ratio.
/// </summary>
[InProcess]
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RealTextBenchmarks
{
    private StarScorer _scorer = null!;
    private StarStory _typical = null!;
    private StarStory _long = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentLoader.Load(ContentPaths.FindDefault());
        if (!content.Ok)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, content.Errors));
        }

        _scorer = new StarScorer(content.Catalog!.Scoring);
        var dev = Path.Combine(Path.GetDirectoryName(ContentPaths.FindDefault())!, "tests", "corpus", "blind", "dev");
        var stories = Directory.GetFiles(dev, "*.md").Order(StringComparer.Ordinal)
            .Select(f => StoryMarkdown.Parse(File.ReadAllText(f), f).Document?.Story)
            .OfType<StarStory>()
            .ToList();
        if (stories.Count == 0)
        {
            throw new InvalidOperationException($"no stories in {dev}");
        }

        _typical = stories.OrderBy(s => Math.Abs(Words(s) - 400)).First();
        var sections = StarNames.Sections.ToDictionary(s => s, _ => new List<string>());
        var total = 0;
        foreach (var story in stories)
        {
            if (total >= 4000)
            {
                break;
            }

            foreach (var s in StarNames.Sections)
            {
                if (story.Text(s) is { Length: > 0 } text)
                {
                    sections[s].Add(text);
                }
            }

            total += Words(story);
        }

        _long = new StarStory { Title = "long", Level = Level.Sde2, Sections = sections.ToDictionary(p => p.Key, p => string.Join("\n\n", p.Value)) };
        Console.WriteLine($"// typical story {Words(_typical)} words, long story {Words(_long)} words");
    }

    private static int Words(StarStory story) =>
        StarNames.Sections.Sum(s => story.Text(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    [Benchmark(Baseline = true)]
    public ScoreReport TypicalDevStory() => _scorer.Score(_typical);

    [Benchmark]
    public ScoreReport LongDevStory4000Words() => _scorer.Score(_long);
}
