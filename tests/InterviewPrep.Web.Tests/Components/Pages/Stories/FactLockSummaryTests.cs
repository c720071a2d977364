using Bunit;
using InterviewPrep.Core.Stories;
using InterviewPrep.Web.Components.Pages.Stories;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class FactLockSummaryTests : ComponentTestContext
{
    private static readonly StoryDraft Original = new()
    {
        Situation = "Our payment webhooks dropped events and merchants noticed delays.",
        Action = "I pulled the delivery logs, traced the drops to a race in the retry code and wrote the fix.",
        Result = "Dropped events went from 0.3% to zero within a week, recovering about $8K per week.",
    };

    [Fact]
    public void FactLockSummary_VariantWithAChangedNumberAndADroppedOne_ListsTheChangeWithTheOriginalAndTheOmission()
    {
        var tools = new FactTools(Catalog);
        var variant = Original with { Result = "Dropped events went from 0.5% to zero within a week." };
        var comparison = tools.Compare(tools.Extract(Original), variant);

        var cut = Render<FactLockSummary>(p => p.Add(c => c.Comparison, comparison));

        comparison.Should().NotBeNull();
        cut.Find("[data-fact-lock]").GetAttribute("data-changed").Should().Be("1");
        cut.Find("[data-fact-change=fact-changed]").TextContent.Should().Contain("0.5%").And.Contain("the original: “from 0.3% to zero”");
        cut.FindAll("[data-fact-omitted]").Select(e => e.TextContent).Should().Contain(t => t.Contains("$8K", StringComparison.Ordinal));
    }

    [Fact]
    public void FactLockSummary_SameFactsRetold_ShowsNothingChanged()
    {
        var tools = new FactTools(Catalog);
        var retold = Original with { Situation = "Merchants were seeing late payment events." };

        var cut = Render<FactLockSummary>(p => p.Add(c => c.Comparison, tools.Compare(tools.Extract(Original), retold)));

        cut.Find("[data-fact-lock]").GetAttribute("data-changed").Should().Be("0");
        cut.FindAll("[data-fact-change]").Should().BeEmpty();
    }
}
