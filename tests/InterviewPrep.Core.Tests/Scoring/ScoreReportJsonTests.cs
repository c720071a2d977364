using System.Text.Json;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Scoring;

public class ScoreReportJsonTests
{
    [Fact]
    public void Serialize_Report_UsesTheCliShapeAndReadableText()
    {
        var report = TestRules.Scorer.Score(StarStory.Create("Checkout broke.", "It wasn't my team's code.", "We didn't wait and we fixed it.", "Errors fell to zero.", null));

        using var json = JsonDocument.Parse(ScoreReportJson.Serialize("a.md", report));

        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("file", "score", "verdict", "verdictReason", "explanation", "formula", "sections", "flags");
        root.GetProperty("sections").GetArrayLength().Should().Be(5);
        var flags = root.GetProperty("flags").EnumerateArray().ToList();
        flags.Should().HaveCount(report.Findings.Count);
        flags[0].GetProperty("section").GetString().Should().Be(report.Findings[0].Section.Id());
        ScoreReportJson.Serialize("a.md", report).Should().Contain("\\\"We\\\" hides", "quotes in messages stay readable").And.NotContain("\\u0022");
    }

    [Fact]
    public void Serialize_SeveralReports_WritesAnArrayInOrder()
    {
        var r = TestRules.Scorer.Score(StarStory.Create(null, null, "I did it.", null, null));

        using var json = JsonDocument.Parse(ScoreReportJson.Serialize([("b.md", r), ("a.md", r)]));

        json.RootElement.EnumerateArray().Select(e => e.GetProperty("file").GetString()).Should().Equal("b.md", "a.md");
    }

    [Fact]
    public void Write_StreamsTheSameTextAsSerialize()
    {
        // Non-ASCII text across the writer's flushes must not be split mid-character.
        var reports = Enumerable.Range(0, 300)
            .Select(i => ($"s{i}.md", TestRules.Scorer.Score(StarStory.Create("Le café “Zoë” — naïve.", "It wasn't my team's code.", $"We fixed {i} bugs, I wrote the ✓ patch.", "Errors fell to zero.", null))))
            .ToList();
        var streamed = new StringWriter();

        ScoreReportJson.Write(reports, streamed);

        streamed.ToString().Should().Be(ScoreReportJson.Serialize(reports));
    }
}
