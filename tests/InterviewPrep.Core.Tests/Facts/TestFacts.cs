using InterviewPrep.Core.Facts;

namespace InterviewPrep.Core.Tests.Facts;

/// <summary>The repository's real facts.yaml, loaded once for all fact tests.</summary>
internal static class TestFacts
{
    private static readonly Lazy<FactRules> Loaded = new(() =>
    {
        var result = FactRules.Load(Path.Combine(TestPaths.Content, FactRules.FileName));
        return result.Ok ? result.Rules! : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    });

    public static FactRules Rules => Loaded.Value;

    public static FactExtractor Extractor { get; } = new(Rules);

    public static FactComparer Comparer { get; } = new(Extractor);

    public static IReadOnlyList<Fact> In(string sentence, StarSection section = StarSection.Action) => Extractor.Extract(section, sentence);
}
