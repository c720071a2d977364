using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Tests.Content;

public class ThemeSearchTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.LoadOrThrow(TestPaths.Content);
    private static readonly ThemeSearch Search = new(Catalog);

    [Fact]
    public void Find_WordOnlyInBodies_FindsEveryThemeWhoseTextHasIt()
    {
        var expected = Catalog.Themes.Where(t => Text(t).Contains("metrics", StringComparison.OrdinalIgnoreCase)).Select(t => t.Slug).ToList();

        var found = Search.Find("metrics");

        expected.Count.Should().BeGreaterThan(1, "the library uses the word in several themes");
        found.Select(m => m.Theme.Slug).Should().BeEquivalentTo(expected).And.Contain("dive-deep");
        found.Should().OnlyContain(m => m.Snippet != null && m.Snippet.Contains("metrics", StringComparison.OrdinalIgnoreCase),
            "a theme found by its body says where");
    }

    [Theory]
    [InlineData("backbone", "have-backbone-disagree-and-commit")]
    [InlineData("DIVE", "dive-deep")]
    [InlineData("frugality", "frugality")]
    public void Find_NameWord_FindsThatThemeWithoutASnippet(string query, string slug)
    {
        var match = Search.Find(query).Single(m => m.Theme.Slug == slug);

        match.Snippet.Should().BeNull("the name itself says why it matched");
    }

    [Fact]
    public void Find_NameHitsComeBeforeBodyHits()
    {
        var found = Search.Find("dive");

        found[0].Theme.Slug.Should().Be("dive-deep");
        found.Skip(1).Should().OnlyContain(m => m.Snippet != null);
    }

    [Fact]
    public void Find_SeveralWords_NeedsEveryOne()
    {
        var one = Search.Find("metrics").Select(m => m.Theme.Slug).ToHashSet();

        var both = Search.Find("metrics zzzunlikely");

        one.Should().NotBeEmpty();
        both.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Find_EmptyQuery_ListsEveryThemeInOrder(string? query)
    {
        Search.Find(query).Select(m => m.Theme.Slug).Should().Equal(Catalog.Themes.Select(t => t.Slug));
    }

    // Everything a reader can read on the theme page, flattened the plain way.
    private static string Text(Theme t) => string.Join(" ",
        new[] { t.Name, t.Tagline, t.About }
            .Concat(t.Evaluates).Concat(t.Prompts).Concat(t.Pitfalls).Concat(t.FollowUpStrategies).Concat(t.LevelNotes.Values)
            .Concat(t.Samples.SelectMany(s => s.Sections.Values.Append(s.Title).Concat(s.Notes))));
}
