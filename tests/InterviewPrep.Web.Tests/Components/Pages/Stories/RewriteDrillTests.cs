using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;
using InterviewPrep.Web.Components.Pages.Stories;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class RewriteDrillTests : ComponentTestContext
{
    private static readonly StoryDraft Story = new()
    {
        Title = "Webhook drops",
        Situation = "Our payment webhooks were dropping a few events every day.",
        Task = "I wanted to find out why the events were lost.",
        Action = "I pulled the delivery logs. We looked at the retry code together and we rolled out a fix. I watched the dashboards.",
        Result = "Dropped events went from 0.3% to zero within a week.",
        Reflection = "I now add a reconciliation check to every queue I own.",
    };

    private IReadOnlyList<Finding> Check(StoryDraft d) => new StarScorer(Catalog.Scoring).Score(d.ToStarStory()).Findings;

    private IRenderedComponent<RewriteDrill> RenderDrill(Finding finding, List<DrillAccepted> accepted) =>
        Render<RewriteDrill>(p => p
            .Add(c => c.Finding, finding)
            .Add(c => c.Draft, Story)
            .Add(c => c.Check, Check)
            .Add(c => c.OnAccept, accepted.Add));

    [Fact]
    public void RewriteDrill_WeLanguageFinding_ShowsTheSentenceAloneWithGuidanceAndAGoodExample()
    {
        var finding = Check(Story).First(f => f.Rule == "we-language");

        var cut = RenderDrill(finding, []);

        cut.Find("[data-drill-original]").TextContent.Should().Be("We looked at the retry code together and we rolled out a fix.");
        cut.Find("[data-rewrite-drill]").GetAttribute("data-rewrite-drill").Should().Be("we-language");
        cut.Markup.Should().Contain("hides what you did");
        cut.Find("[data-drill-example]").TextContent.Should().Contain("I pulled the logs");
        cut.Find("[data-drill-accept]").HasAttribute("disabled").Should().BeTrue("nothing has been rewritten yet");
    }

    [Fact]
    public void RewriteDrill_RewriteStillSaysWe_StaysFlagged_AndOneThatSaysI_PassesAndGoesBack()
    {
        var finding = Check(Story).First(f => f.Rule == "we-language");
        var accepted = new List<DrillAccepted>();
        var cut = RenderDrill(finding, accepted);

        cut.Find("#drill-box").Input("We read the retry code and we shipped a fix.");
        cut.Find("[data-drill-result]").GetAttribute("data-drill-result").Should().Be("fail");
        cut.Find("[data-drill-accept]").HasAttribute("disabled").Should().BeTrue();

        cut.Find("#drill-box").Input("I read the retry code, found the race and wrote the fix myself.");
        cut.Find("[data-drill-result]").GetAttribute("data-drill-result").Should().Be("pass");
        cut.Find("[data-drill-accept]").Click();

        accepted.Should().ContainSingle();
        var after = RewriteDrillCheck.Apply(Story, accepted[0].Span, accepted[0].Rewrite);
        after.Action.Should().Be("I pulled the delivery logs. I read the retry code, found the race and wrote the fix myself. I watched the dashboards.");
        Check(after).Should().NotContain(f => f.Rule == "we-language");
    }

    [Fact]
    public void RewriteDrill_MissingMetric_DrillsTheWholeResultUntilItHasANumber()
    {
        var story = Story with { Result = "Things got better and the team was happy." };
        var finding = Check(story).First(f => f.Rule == "missing-metric");
        var cut = Render<RewriteDrill>(p => p
            .Add(c => c.Finding, finding)
            .Add(c => c.Draft, story)
            .Add(c => c.Check, Check));

        cut.Find("[data-drill-original]").TextContent.Should().Be("Things got better and the team was happy.");
        cut.Find("#drill-box").Input("Things got better.");
        cut.Find("[data-drill-result]").GetAttribute("data-drill-result").Should().Be("fail");
        cut.Find("#drill-box").Input("Dropped events went from 0.3% to zero within a week.");
        cut.Find("[data-drill-result]").GetAttribute("data-drill-result").Should().Be("pass");
    }
}
