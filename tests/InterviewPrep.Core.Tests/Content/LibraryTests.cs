using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>The shipped library is complete enough for a candidate to prepare every principle.</summary>
public class LibraryTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.LoadOrThrow(TestPaths.Content);

    private static readonly string[] AmazonSlugs =
    [
        "customer-obsession", "ownership", "invent-and-simplify", "are-right-a-lot", "learn-and-be-curious",
        "hire-and-develop-the-best", "insist-on-the-highest-standards", "think-big", "bias-for-action", "frugality",
        "earn-trust", "dive-deep", "have-backbone-disagree-and-commit", "deliver-results",
        "strive-to-be-earths-best-employer", "success-and-scale-bring-broad-responsibility",
    ];

    public static TheoryData<string> Amazon() => [.. AmazonSlugs];

    [Fact]
    public void Library_HasAll16AmazonPrinciplesInOfficialOrder()
    {
        Catalog.ThemesOf("amazon").Select(t => t.Slug).Should().Equal(AmazonSlugs);
    }

    [Theory]
    [MemberData(nameof(Amazon))]
    public void AmazonPrinciple_IsCompleteAtTheDepthOfTheDiveDeepSource(string slug)
    {
        var t = Catalog.Theme(slug)!;

        t.Evaluates.Should().HaveCount(6);
        t.Prompts.Should().HaveCountGreaterThanOrEqualTo(7);
        t.Samples.Count(s => s.Strength == SampleStrength.Strong).Should().BeGreaterThanOrEqualTo(2);
        t.Samples.Count(s => s.Strength == SampleStrength.Weak).Should().BeGreaterThanOrEqualTo(1);
        t.Samples.Should().OnlyContain(s => s.Notes.Count >= 3);
        t.Pitfalls.Should().HaveCountGreaterThanOrEqualTo(3);
        t.FollowUpStrategies.Should().HaveCountGreaterThanOrEqualTo(3);
        t.Related.Should().NotBeEmpty();
        t.LevelNotes.Keys.Should().BeEquivalentTo(StarNames.Levels);
        Catalog.WalkthroughsFor(slug).Should().NotBeEmpty("each principle can be studied, rehearsed, drilled and quizzed");
    }

    [Fact]
    public void Library_HasEnoughWalkthroughsAndQuizQuestions()
    {
        Catalog.Walkthroughs.Should().HaveCountGreaterThanOrEqualTo(16);
        Catalog.Walkthroughs.Sum(w => w.Quiz.Count).Should().BeGreaterThanOrEqualTo(128);
        Catalog.Walkthroughs.Should().OnlyContain(w => w.Quiz.Count >= 8 && w.FollowUps.Count >= 3 && w.Levels.Count >= 2);
        Catalog.Walkthroughs.Select(w => w.Domain).Distinct().Should().HaveCountGreaterThanOrEqualTo(6, "stories come from varied roles and domains");
    }

    [Theory]
    [InlineData("microsoft", "growth-mindset")]
    [InlineData("microsoft", "learning-from-failure")]
    [InlineData("google", "googleyness")]
    [InlineData("google", "emergent-leadership")]
    [InlineData("meta", "move-fast")]
    [InlineData("meta", "focus-on-impact")]
    public void OtherCompanyTheme_HasPromptsAndMapsToAmazonPrinciples(string company, string slug)
    {
        var t = Catalog.Theme(slug)!;

        t.CompanyId.Should().Be(company);
        t.Prompts.Should().HaveCountGreaterThanOrEqualTo(5);
        t.NearestPrinciples.Should().NotBeEmpty().And.OnlyContain(p => Catalog.Theme(p)!.CompanyId == "amazon");
    }

    [Fact]
    public void Library_EveryCrossReferenceResolves()
    {
        foreach (var t in Catalog.Themes)
        {
            t.Related.Concat(t.NearestPrinciples).Should().OnlyContain(r => Catalog.Theme(r) != null, $"{t.Slug} links only to existing themes");
            t.TestedBy.Should().OnlyContain(c => Catalog.Company(c) != null);
        }

        foreach (var w in Catalog.Walkthroughs)
        {
            Catalog.Theme(w.Principle).Should().NotBeNull();
            w.Reangles.Should().OnlyContain(r => Catalog.Theme(r.Principle) != null && r.Principle != w.Principle);
        }
    }

    [Fact]
    public void Library_NoTwoContentFilesShareLongPassages()
    {
        // The check seed-overlap makes against the sources, made between our own files: a run of
        // 12 words of prose shared by two files means one was copied from the other.
        const int n = 12;
        var owner = new Dictionary<string, string>();
        var shared = new List<string>();
        foreach (var (file, texts) in Catalog.Themes.Select(t => (t.SourceFile, Texts(t))).Concat(Catalog.Walkthroughs.Select(w => (w.SourceFile, Texts(w)))))
        {
            foreach (var text in texts)
            {
                var words = System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), "[a-z0-9$%']+").Select(m => m.Value).ToList();
                for (var i = 0; i + n <= words.Count; i++)
                {
                    var key = string.Join(' ', words.Skip(i).Take(n));
                    if (owner.TryGetValue(key, out var other) && other != file)
                    {
                        shared.Add($"{file} ~ {other}: \"{key}\"");
                    }

                    owner.TryAdd(key, file);
                }
            }
        }

        shared.Should().BeEmpty();
    }

    private static IEnumerable<string> Texts(Theme t) =>
        new[] { t.About, t.Tagline }.Concat(t.Evaluates).Concat(t.Prompts).Concat(t.Pitfalls).Concat(t.FollowUpStrategies).Concat(t.LevelNotes.Values)
            .Concat(t.Samples.SelectMany(s => s.Sections.Values.Concat(s.Notes)));

    private static IEnumerable<string> Texts(Walkthrough w) =>
        new[] { w.Overview, w.Summary, w.Question }.Concat(w.Takeaways).Concat(w.LevelReflections.Values)
            .Concat(w.Sections.SelectMany(s => new[] { s.Example, s.Coaching, s.Mistake }))
            .Concat(w.FollowUps.SelectMany(f => new[] { f.Question, f.Probes, f.Weak, f.WeakWhy, f.Strong }))
            .Concat(w.WeakAnswer.Sections.Values).Concat(w.WeakAnswer.Problems.Select(p => p.Note)).Append(w.WeakAnswer.Verdict)
            .Concat(w.Reangles.SelectMany(r => new[] { r.LeadWith, r.Emphasise, r.Downplay }))
            .Concat(w.Levels.SelectMany(l => new[] { l.Focus, l.Bar }))
            .Concat(w.Quiz.SelectMany(q => q.Options.Select(o => o.Text).Append(q.Prompt).Append(q.Explanation)));
}
