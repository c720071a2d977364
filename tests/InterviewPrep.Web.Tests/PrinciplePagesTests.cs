using System.Net;
using AngleSharp.Html.Parser;
using InterviewPrep.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

public class PrinciplePagesTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> ThemeSlugs()
    {
        var data = new TheoryData<string>();
        foreach (var theme in ContentLoader.LoadOrThrow(Path.Combine(WebAppFactory.RepoRoot, "content")).Themes)
        {
            data.Add(theme.Slug);
        }

        return data;
    }

    [Fact]
    public async Task PrinciplePage_StoriesThatCanBeReangled_AreAListWithOneLinkEach()
    {
        var catalog = factory.Services.GetRequiredService<ContentCatalog>();
        var reangled = catalog.WalkthroughsReangledFor("ownership").ToList();

        var doc = Parser.ParseDocument(await factory.CreateClient().GetStringAsync("/principles/ownership"));

        reangled.Should().NotBeEmpty();
        var items = doc.QuerySelectorAll("#practice .reangled-list > li");
        items.Should().HaveCount(reangled.Count, "one list item per story, not one run-on paragraph");
        items.Select(li => li.QuerySelector("a")!.GetAttribute("href")).Should().Equal(reangled.Select(w => $"/walkthroughs/{w.Slug}"));
    }

    [Theory]
    [MemberData(nameof(ThemeSlugs))]
    public async Task PrinciplePage_EveryTheme_Returns200WithItsSections(string slug)
    {
        var client = factory.CreateClient();
        var theme = factory.Services.GetRequiredService<ContentCatalog>().Theme(slug)!;

        var response = await client.GetAsync($"/principles/{slug}");
        var doc = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        doc.QuerySelector("h1")!.TextContent.Should().Be(theme.Name);
        var headings = doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        headings.Should().Contain(["About this theme", "What interviewers are evaluating", "Common prompts", "Common pitfalls", "Practise it"]);
        doc.QuerySelectorAll("#evaluates li").Should().HaveCount(theme.Evaluates.Count);
        doc.QuerySelectorAll("#prompts li").Should().HaveCount(theme.Prompts.Count);
        doc.QuerySelectorAll("#pitfalls li").Should().HaveCount(theme.Pitfalls.Count);
        doc.QuerySelectorAll("article.sample").Should().HaveCount(theme.Samples.Count);
    }

    [Fact]
    public async Task PrinciplePage_DiveDeep_ShowsEverySectionOfTheTheme()
    {
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/principles/dive-deep");
        var doc = Parser.ParseDocument(html);

        var headings = doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim());
        headings.Should().ContainInOrder("About this theme", "What interviewers are evaluating", "Common prompts", "Sample STAR answers",
            "Common pitfalls", "Follow-up strategies", "What changes with level", "Practise it", "Related themes", "Companies that test this theme");
        doc.QuerySelectorAll("article.sample-strong").Length.Should().BeGreaterThanOrEqualTo(2);
        doc.QuerySelectorAll("article.sample-weak").Length.Should().BeGreaterThanOrEqualTo(1);
        doc.QuerySelectorAll("article.sample .star-row").Select(r => r.QuerySelector(".badge-name")!.TextContent)
            .Should().Contain(["Situation", "Task", "Action", "Result"]);
        doc.QuerySelectorAll("#related a").Select(a => a.GetAttribute("href")).Should().Contain("/principles/bias-for-action");
        doc.QuerySelectorAll("#practice a").Select(a => a.GetAttribute("href")).Should().Contain("/walkthroughs/webhook-drops-dive-deep");
    }

    [Fact]
    public async Task PrinciplePage_UnknownSlug_Returns404Page()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/principles/no-such-principle");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        html.Should().Contain("Theme not found").And.Contain("no-such-principle");
    }

    [Fact]
    public async Task UnknownRoute_Returns404Page()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/this/does/not/exist");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Page not found");
    }

    [Fact]
    public async Task PrinciplesPage_ListsEveryThemeGroupedByCompany()
    {
        var client = factory.CreateClient();
        var catalog = factory.Services.GetRequiredService<ContentCatalog>();

        var doc = Parser.ParseDocument(await client.GetStringAsync("/principles"));

        doc.QuerySelectorAll("[data-theme]").Select(e => e.GetAttribute("data-theme")).Should().BeEquivalentTo(catalog.Themes.Select(t => t.Slug));
        doc.QuerySelectorAll(".company-group h2").Select(h => h.TextContent).Should().Contain(t => t.StartsWith("Amazon", StringComparison.Ordinal));
        doc.QuerySelectorAll("[data-theme]").Count(e => e.Closest("section")!.QuerySelector("h2")!.TextContent.StartsWith("Amazon", StringComparison.Ordinal)).Should().Be(16);
    }

    [Fact]
    public async Task HomePage_ExplainsTheAppAndLinksToPrinciplesAndAWalkthrough()
    {
        var client = factory.CreateClient();

        var doc = Parser.ParseDocument(await client.GetStringAsync("/"));

        doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/principles")
            .And.Contain(h => h != null && h.StartsWith("/walkthroughs/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    public async Task AccountPages_HaveLabelledFields(string path)
    {
        var client = factory.CreateClient();

        var doc = Parser.ParseDocument(await client.GetStringAsync(path));

        var labels = doc.QuerySelectorAll("label").Select(l => l.TextContent.Trim()).ToList();
        labels.Should().Contain(["Email", "Password"]);
        if (path.EndsWith("Register", StringComparison.Ordinal))
        {
            labels.Should().Contain("Confirm password");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/principles")]
    [InlineData("/principles/dive-deep")]
    [InlineData("/walkthroughs")]
    [InlineData("/walkthroughs/webhook-drops-dive-deep")]
    public async Task ReadingPage_IsStaticHtml_WithNoInteractiveComponent(string path)
    {
        var client = factory.CreateClient();

        var html = await client.GetStringAsync(path);

        // A prerendered interactive component leaves a Blazor:{"type":"server"...} marker.
        html.Should().NotContain("Blazor:{\"type\":\"server\"", $"{path} needs no circuit");
        html.Should().Contain("_framework/blazor.web.", "enhanced navigation still works");
    }

    [Theory]
    [InlineData("/walkthroughs/webhook-drops-dive-deep?mode=rehearse")]
    [InlineData("/walkthroughs/webhook-drops-dive-deep?mode=drill")]
    [InlineData("/walkthroughs/webhook-drops-dive-deep/quiz")]
    public async Task PractisePart_IsAnInteractiveIsland(string path)
    {
        var client = factory.CreateClient();

        var html = await client.GetStringAsync(path);

        html.Should().Contain("Blazor:{\"type\":\"server\"");
    }

    [Fact]
    public async Task PrinciplesPage_SearchForABodyWord_FindsMoreThanTheThemeNamedForIt()
    {
        var client = factory.CreateClient();

        var doc = Parser.ParseDocument(await client.GetStringAsync("/principles?q=metrics"));

        var found = doc.QuerySelectorAll("[data-theme]").Select(e => e.GetAttribute("data-theme")).ToList();
        found.Should().Contain("dive-deep").And.HaveCountGreaterThan(1);
        doc.QuerySelector("#theme-search")!.GetAttribute("value").Should().Be("metrics", "the box keeps what was searched");
        doc.QuerySelector("#theme-count")!.TextContent.Should().StartWith($"{found.Count} of ");
    }

    [Fact]
    public async Task WalkthroughsPage_InLibraryOrderWithEachLevelsTime_AndALevelFilter()
    {
        var client = factory.CreateClient();
        var catalog = factory.Services.GetRequiredService<ContentCatalog>();

        var all = Parser.ParseDocument(await client.GetStringAsync("/walkthroughs"));
        var senior = Parser.ParseDocument(await client.GetStringAsync("/walkthroughs?level=senior"));

        var order = all.QuerySelectorAll("[data-walkthrough]").Select(e => e.GetAttribute("data-principle")!).ToList();
        order.Should().HaveCount(catalog.Walkthroughs.Count);
        order.Select(p => catalog.Themes.ToList().FindIndex(t => t.Slug == p)).Should().BeInAscendingOrder("grouped by principle in the library's order");
        all.QuerySelectorAll("[data-walkthrough]").Should().OnlyContain(c => c.QuerySelectorAll("[data-level-budget]").Length == 3);
        var cards = senior.QuerySelectorAll("[data-walkthrough]");
        cards.Should().HaveCount(catalog.Walkthroughs.Count);
        cards.Should().OnlyContain(c => c.QuerySelectorAll("[data-level-budget]").Length == 1 && c.QuerySelector("[data-level-budget=senior]") != null);
        senior.QuerySelector("#level-filter option[selected]")!.GetAttribute("value").Should().Be("senior");
    }
}
