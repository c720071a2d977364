using AngleSharp.Html.Parser;
using InterviewPrep.Core;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Web.Components.Pages.Stories;
using InterviewPrep.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewPrep.Web.Tests;

/// <summary>Components rendered to HTML with the framework's HtmlRenderer (bUnit is not obtainable here).</summary>
public class ComponentRenderTests
{
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync<T>(Dictionary<string, object?> parameters)
        where T : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return new HtmlParser().ParseDocument($"<body>{html}</body>");
    }

    [Fact]
    public async Task HighlightedText_MarksPhrasesAndEncodesEverything()
    {
        var doc = await RenderAsync<HighlightedText>(new()
        {
            [nameof(HighlightedText.Text)] = "I noticed <script>alert(1)</script> a 0.3% drop",
            [nameof(HighlightedText.Phrases)] = new[] { "i noticed", "0.3%" },
        });

        doc.QuerySelectorAll("mark.key-phrase").Select(m => m.TextContent).Should().Equal("I noticed", "0.3%");
        doc.QuerySelectorAll("script").Should().BeEmpty();
        doc.Body!.TextContent.Should().Contain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task Sparkline_PlotsScoresLeftToRight_HigherIsUp_EndingOnTheLatest()
    {
        var doc = await RenderAsync<Sparkline>(new() { [nameof(Sparkline.Values)] = new[] { 20, 60, 90 } });

        // 120 × 30 box, 3 px padding: x spreads 3…117, a score of 100 sits at y 3 and 0 at y 27.
        doc.QuerySelector("polyline")!.GetAttribute("points").Should().Be("3,22.2 60,12.6 117,5.4");
        doc.QuerySelector("circle")!.GetAttribute("cx").Should().Be("117");
        doc.QuerySelector("svg")!.GetAttribute("aria-hidden").Should().Be("true");
    }

    [Fact]
    public async Task Sparkline_OneScore_IsADotWithoutALine()
    {
        var doc = await RenderAsync<Sparkline>(new() { [nameof(Sparkline.Values)] = new[] { 140 } });

        doc.QuerySelector("polyline").Should().BeNull();
        doc.QuerySelector("circle")!.GetAttribute("cy").Should().Be("3", "scores are clamped to 0–100");
    }

    [Fact]
    public async Task StoryField_MarksFindingsOnTheirExactWords_OnlyForTheScoredText()
    {
        var text = "We fixed it and I shipped it.";
        var finding = new Finding { Rule = "we-language", Severity = Severity.Error, Section = StarSection.Action, Start = 0, Length = 2, Text = "We", Message = "Say I" };
        var parameters = new Dictionary<string, object?>
        {
            [nameof(StoryField.Section)] = StarSection.Action,
            [nameof(StoryField.Value)] = text,
            [nameof(StoryField.Findings)] = new[] { finding },
            [nameof(StoryField.ScoredText)] = text,
        };

        var doc = await RenderAsync<StoryField>(parameters);
        parameters[nameof(StoryField.ScoredText)] = "We fixed it.";
        var stale = await RenderAsync<StoryField>(parameters);

        doc.QuerySelector("label[for=field-action]")!.TextContent.Should().Contain("Action");
        doc.QuerySelectorAll(".backdrop mark.finding").Should().ContainSingle().Which.TextContent.Should().Be("We");
        doc.QuerySelector(".backdrop mark")!.GetAttribute("data-rule").Should().Be("we-language");
        stale.QuerySelectorAll(".backdrop mark").Should().BeEmpty("marks computed for other text would sit on the wrong words");
    }
}
