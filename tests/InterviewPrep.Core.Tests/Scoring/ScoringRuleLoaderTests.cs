using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Scoring;

/// <summary>A mistyped rule must fail loudly, with file and line, and stop the content from loading.</summary>
public sealed class ScoringRuleLoaderTests : IDisposable
{
    private const string Valid = """
        id: hedging
        kind: existence
        description: Hedges.
        severity: hint
        sections: [action]
        penalty: 5
        message: "{match} weakens it."
        patterns: [I think]
        examples:
          bad: [{text: I think so., span: I think}]
          good: [{text: I know.}]
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ip-rules-" + Guid.NewGuid().ToString("N"));

    public ScoringRuleLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "scoring"));
        File.WriteAllText(Path.Combine(_root, "companies.yaml"), "companies:\n  - id: amazon\n    name: Amazon\n    blurb: LPs.\n");
        File.Copy(Path.Combine(TestPaths.Content, "scoring", "engine.yaml"), Path.Combine(_root, "scoring", "engine.yaml"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IReadOnlyList<ContentError> LoadWith(string rule)
    {
        File.WriteAllText(Path.Combine(_root, "scoring", "rule.yaml"), rule);
        return ContentLoader.Load(_root).Errors;
    }

    [Fact]
    public void Load_ValidRule_GivesACatalogWithTheRule()
    {
        LoadWith(Valid).Should().BeEmpty();

        ContentLoader.Load(_root).Catalog!.Scoring.Rules.Should().ContainSingle().Which.Id.Should().Be("hedging");
    }

    [Theory]
    [InlineData("penalty: 5", "penalty: 5\ncolour: red", 7, "unknown field 'colour'")]
    [InlineData("patterns: [I think]", "patterns: ['/(oops/']", 8, "invalid regular expression")]
    [InlineData("patterns: [I think]", "patterns: ['@metrics']", 8, "unknown matcher '@metrics'")]
    [InlineData("patterns: [I think]", "patterns: ['/x?/']", 8, "can match empty text")]
    [InlineData("patterns: [I think]", "patterns: [I (think]", 8, "no matching ')'")]
    [InlineData("kind: existence", "kind: existance", 2, "'kind' must be one of")]
    [InlineData("sections: [action]", "sections: [actions]", 5, "'actions' is not a section")]
    [InlineData("severity: hint", "severity: fatal", 4, "must be error, warning or hint")]
    [InlineData("message: \"{match} weakens it.\"", "message: \"{mach} weakens it.\"", 7, "unknown placeholder {mach}")]
    [InlineData("span: I think}", "span: I guess}", 10, "span \"I guess\" does not occur")]
    [InlineData("penalty: 5", "penalty: 5\nagainst: ['@i-subject']", 7, "'against' does not apply to kind existence")]
    public void Load_BrokenRule_ReportsFileAndLine(string from, string to, int line, string message)
    {
        var errors = LoadWith(Valid.Replace(from, to, StringComparison.Ordinal));

        errors.Should().Contain(e => e.File.EndsWith("rule.yaml", StringComparison.Ordinal) && e.Line == line && e.Message.Contains(message),
            "got: " + string.Join(" | ", errors));
    }

    [Fact]
    public void Load_RuleWithoutExamples_IsAnError()
    {
        var errors = LoadWith(Valid[..Valid.IndexOf("examples:", StringComparison.Ordinal)]);

        errors.Should().Contain(e => e.Message.Contains("missing required field 'examples'"));
    }

    [Fact]
    public void Load_MissingEngineFile_IsAnError()
    {
        File.Delete(Path.Combine(_root, "scoring", "engine.yaml"));

        LoadWith(Valid).Should().Contain(e => e.File.EndsWith("engine.yaml", StringComparison.Ordinal) && e.Message.StartsWith("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void PhraseGroups_Expand_ToEveryCombination()
    {
        PatternSet.Expand("they (then|later)? (fixed|took care of) it", out var phrases, out _).Should().BeTrue();

        phrases.Select(p => string.Join(' ', p)).Should().BeEquivalentTo(
            "they fixed it", "they took care of it", "they then fixed it", "they then took care of it", "they later fixed it", "they later took care of it");
    }
}
