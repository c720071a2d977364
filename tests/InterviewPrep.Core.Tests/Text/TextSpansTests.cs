using InterviewPrep.Core.Text;

namespace InterviewPrep.Core.Tests.Text;

public class TextSpansTests
{
    [Fact]
    public void FindPhrases_IgnoresCaseAndDoesNotOverlap()
    {
        var spans = TextSpans.FindPhrases("I noticed it. I Noticed again.", [("i noticed", 1), ("noticed it", 2)]);

        spans.Should().ContainSingle().Which.Should().Be(new MarkedSpan<int>(0, 9, 1));
    }

    [Fact]
    public void Segment_SplitsAtSpanBoundariesAndKeepsAllText()
    {
        var text = "We fixed it together.";

        var segments = TextSpans.Segment(text, [new MarkedSpan<string>(0, 2, "we"), new MarkedSpan<string>(12, 8, "together")]);

        string.Concat(segments.Select(s => s.Text)).Should().Be(text);
        segments.Where(s => s.IsMarked).Select(s => s.Text).Should().Equal("We", "together");
    }

    [Fact]
    public void Segment_SpanPastTheEnd_IsClipped()
    {
        var segments = TextSpans.Segment("abc", [new MarkedSpan<int>(2, 10, 1)]);

        segments.Select(s => (s.Text, s.IsMarked)).Should().Equal(("ab", false), ("c", true));
    }

    [Theory]
    [InlineData("I took ownership of the fix", "took ownership", true)]
    [InlineData("nobody had asked me", "Nobody had asked", true)]
    [InlineData("I fixed it", "0.3% to zero", false)]
    [InlineData("the rate went to zero from 0.3%", "0.3% to zero", true)]
    public void Covers_ExactOrAllWords(string said, string phrase, bool expected) =>
        TextSpans.Covers(said, phrase).Should().Be(expected);
}
