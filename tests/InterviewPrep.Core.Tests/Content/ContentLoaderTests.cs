using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Tests.Content;

public class ContentLoaderTests
{
    private const string DiveDeep = "themes/dive-deep.yaml";
    private const string Walkthrough = "walkthroughs/webhook-drops-dive-deep.yaml";

    [Fact]
    public void Load_ShippedContent_IsValid()
    {
        var result = ContentLoader.Load(TestPaths.Content);

        result.Errors.Should().BeEmpty();
        result.Catalog!.Theme("dive-deep")!.Name.Should().Be("Dive Deep");
    }

    [Fact]
    public void Load_ShippedContent_KeyPhrasesOccurInTheirExamples()
    {
        var catalog = ContentLoader.LoadOrThrow(TestPaths.Content);

        foreach (var section in catalog.Walkthroughs.SelectMany(w => w.Sections))
        {
            section.KeyPhrases.Should().OnlyContain(p => section.Example.Contains(p, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("start_with: ownershp", "start_with names theme 'ownershp', which does not exist (did you mean 'ownership'?)")]
    [InlineData("start_with: growth-mindset", "start_with names theme 'growth-mindset', which belongs to company 'microsoft', not 'amazon'")]
    public void Load_CompanyStartWithABadTheme_IsALocatedError(string line, string message)
    {
        using var copy = new ContentCopy();
        copy.Replace("companies.yaml", "start_with: ownership", line);

        var result = ContentLoader.Load(copy.Root);

        result.Catalog.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = copy.LineOf("companies.yaml", "start_with:"), Message = message });
    }

    [Fact]
    public void Load_ShippedCompanies_SuggestAFirstStory()
    {
        var amazon = ContentLoader.LoadOrThrow(TestPaths.Content).Companies.Single(c => c.Id == "amazon");

        amazon.StartWith.Should().Be("ownership");
        amazon.StartWithWhy.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsFileAndLine()
    {
        using var copy = new ContentCopy();
        copy.Write("themes/broken.yaml", "slug: broken\nname: [unclosed\ncompany: amazon\n");

        var result = ContentLoader.Load(copy.Root);

        result.Catalog.Should().BeNull("a half-loaded site is worse than none");
        result.Errors.Should().ContainSingle(e => e.File.EndsWith("broken.yaml", StringComparison.Ordinal))
            .Which.Message.Should().StartWith("invalid YAML");
        result.Errors.Single().Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Load_UnclosedBracketEarlyInATheme_IsTheOnlyErrorAtItsOwnLine()
    {
        using var copy = new ContentCopy();
        copy.Replace(DiveDeep, "company: amazon", "company: [amazon");

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors.Should().ContainSingle("the themes and walkthroughs that name dive-deep are not at fault").Which.Should().Be(new ContentError(
            ContentLoader.Display(copy.PathOf(DiveDeep)), 3, "invalid YAML: a '[' or '{' opened on this line is never closed"));
    }

    [Fact]
    public void Load_UnclosedQuoteEarlyInATheme_IsReportedFirstAtItsOwnLine()
    {
        using var copy = new ContentCopy();
        copy.Replace(DiveDeep, "name: Dive Deep", "name: \"Dive Deep");
        copy.Replace(Walkthrough, "correct: true", "correct: maybe");

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors[0].Should().Be(new ContentError(ContentLoader.Display(copy.PathOf(DiveDeep)), 2, "invalid YAML: the quoted text opened on this line (\") is never closed"));
        errors.Should().NotContain(e => e.Message.Contains("'dive-deep', which does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingRequiredField_ReportsFieldWithLine()
    {
        using var copy = new ContentCopy();
        var line = copy.LineOf(DiveDeep, "tagline:");
        copy.Replace(DiveDeep, "tagline:", "taglin:");

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors.Should().Contain(e => e.File.EndsWith(DiveDeep, StringComparison.Ordinal) && e.Message == "missing required field 'tagline'");
        errors.Should().Contain(e => e.Line == line && e.Message == "unknown field 'taglin'");
    }

    [Fact]
    public void Load_DuplicateSlug_NamesBothFiles()
    {
        using var copy = new ContentCopy();
        Directory.CreateDirectory(copy.PathOf("themes/extra"));
        File.Copy(copy.PathOf(DiveDeep), copy.PathOf("themes/extra/dive-deep.yaml"));

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors.Should().Contain(e => e.File.EndsWith("extra/dive-deep.yaml", StringComparison.Ordinal)
            && e.Message.Contains("duplicate theme slug 'dive-deep'", StringComparison.Ordinal)
            && e.Message.Contains("dive-deep.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DanglingRelatedTheme_ReportsLineAndSuggestion()
    {
        using var copy = new ContentCopy();
        copy.Replace(DiveDeep, "related: [", "related: [bias-for-acton, ");
        var line = copy.LineOf(DiveDeep, "related:");

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors.Should().ContainSingle().Which.Should().Be(new ContentError(
            ContentLoader.Display(copy.PathOf(DiveDeep)), line,
            "related names theme 'bias-for-acton', which does not exist (did you mean 'bias-for-action'?)"));
    }

    [Fact]
    public void Load_QuizQuestionWithTwoCorrectOptions_IsALocatedError()
    {
        using var copy = new ContentCopy();
        copy.Replace(Walkthrough, "correct: true", "correct: true\n      - text: A second right answer\n        correct: true");

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors.Should().ContainSingle().Which.Message.Should().MatchRegex("quiz question '.+' must have exactly one correct option, found 2");
        errors.Single().Line.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Load_KeyPhraseNotInExample_IsAnError()
    {
        using var copy = new ContentCopy();
        copy.Replace(Walkthrough, "keyPhrases: [", "keyPhrases: [\"a phrase that is nowhere\", ");

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors.Should().ContainSingle().Which.Message.Should().Contain("key phrase \"a phrase that is nowhere\" does not occur");
    }

    [Fact]
    public void Load_SlugNotMatchingFileName_IsAnError()
    {
        using var copy = new ContentCopy();
        File.Move(copy.PathOf(DiveDeep), copy.PathOf("themes/deep-dive.yaml"));

        var errors = ContentLoader.Load(copy.Root).Errors;

        errors.Should().Contain(e => e.Message.Contains("does not match the file name 'deep-dive'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFolder_SaysWhereItLooked()
    {
        var result = ContentLoader.Load("/nonexistent/content");

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("content folder not found");
    }

    [Fact]
    public void Unfold_WrappedLines_JoinWithSpacesAndKeepParagraphs()
    {
        var text = YamlReader.Unfold("I noticed the\ndrop rate.\n\nSecond paragraph\n");

        text.Should().Be("I noticed the drop rate.\n\nSecond paragraph");
    }
}
