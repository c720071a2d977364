using Bunit;
using InterviewPrep.Core;
using InterviewPrep.Web.Components.Pages.Stories;
using InterviewPrep.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class ReangleGuidanceTests : ComponentTestContext
{
    public ReangleGuidanceTests() => Services.AddSingleton<ReangleGuide>();

    [Fact]
    public void ReangleGuidance_DiveDeepStoryRetoldForOwnership_EmphasisesWhatOwnershipEvaluatesAndDownplaysDiveDeep()
    {
        var ownership = Catalog.Theme("ownership")!;

        var cut = Render<ReangleGuidance>(p => p
            .Add(c => c.Principle, "ownership")
            .Add(c => c.FromPrinciples, ["dive-deep"])
            .Add(c => c.Level, Level.Senior));

        cut.Find("[data-reangle-guidance]").GetAttribute("data-reangle-guidance").Should().Be("ownership");
        var emphasise = cut.FindAll("dt").First(d => d.TextContent == "Emphasise").NextElementSibling!.TextContent;
        emphasise.Should().Contain(ownership.Evaluates[0]);
        var downplay = cut.FindAll("dt").First(d => d.TextContent == "Downplay").NextElementSibling!.TextContent;
        downplay.Should().Contain("Dive Deep");
        cut.Markup.Should().Contain(ownership.LevelNotes[Level.Senior].Trim()[..40]);
        // The library's webhook walkthrough retells its Dive Deep story for Ownership: shown as a worked example.
        cut.FindAll(".reangle-example").Should().NotBeEmpty();
        cut.Find(".reangle-example a").GetAttribute("href").Should().StartWith("/walkthroughs/");
    }

    [Fact]
    public void ReangleGuidance_UnknownPrinciple_RendersNothing()
    {
        var cut = Render<ReangleGuidance>(p => p.Add(c => c.Principle, "no-such-theme"));

        cut.Markup.Trim().Should().BeEmpty();
    }
}
