using InterviewPrep.Core.Facts;

namespace InterviewPrep.Core.Tests.Facts;

public sealed class FactRulesTests
{
    private const string Minimal = """
        dimensions:
          percent: "%"
        units:
          - unit: percent
            dimension: percent
            factor: 1
            words: ["%", percent]
        scales:
          - factor: 1000
            words: [k]
        claimVerbs:
          - verbs: [write]
        connectors: [from]
        teamNouns: [team]
        systemNouns: [service]
        personWords: [manager]
        """;

    [Fact]
    public void Parse_Minimal_Loads()
    {
        var result = FactRules.Parse(Minimal);

        result.Ok.Should().BeTrue(string.Join("; ", result.Errors));
        result.Rules!.Units.Should().ContainSingle();
    }

    [Fact]
    public void ShippedFile_Loads() => FactRules.Load(Path.Combine(TestPaths.Content, FactRules.FileName)).Errors.Should().BeEmpty();

    [Theory]
    [InlineData("    dimension: percent\n", "    dimension: percnt\n", 5, "names dimension 'percnt'")]
    [InlineData("    factor: 1\n", "    factor: 1\n    colour: red\n", 7, "unknown field 'colour'")]
    [InlineData("    factor: 1\n", "    factor: -2\n", 6, "'factor' must be between")]
    [InlineData("  - verbs: [write]\n", "  - verbs: [wrote it]\n", 12, "must be one word")]
    [InlineData("words: [\"%\", percent]", "words: [\"%\", percent, \"%\"]", 7, "already a spelling")]
    public void Parse_Mistake_IsALocatedError(string find, string replace, int line, string message)
    {
        var yaml = Minimal.Replace(find, replace, StringComparison.Ordinal);
        yaml.Should().NotBe(Minimal);

        var result = FactRules.Parse(yaml);

        result.Ok.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Line == line && e.Message.Contains(message), string.Join(" | ", result.Errors));
    }
}
