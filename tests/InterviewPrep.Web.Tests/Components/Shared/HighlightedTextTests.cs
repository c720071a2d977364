using Bunit;
using InterviewPrep.Web.Components.Shared;

namespace InterviewPrep.Web.Tests.Components.Shared;

public class HighlightedTextTests : ComponentTestContext
{
    [Fact]
    public void HighlightedText_PhrasesAndMarkupInText_MarksPhrasesAndEncodesEverything()
    {
        var cut = Render<HighlightedText>(p => p
            .Add(c => c.Text, "I noticed <script>alert(1)</script> a 0.3% drop")
            .Add(c => c.Phrases, ["i noticed", "0.3%"]));

        cut.FindAll("mark.key-phrase").Select(m => m.TextContent).Should().Equal("I noticed", "0.3%");
        cut.FindAll("script").Should().BeEmpty();
        string.Concat(cut.Nodes.Select(n => n.TextContent)).Should().Contain("<script>alert(1)</script>");
    }
}
