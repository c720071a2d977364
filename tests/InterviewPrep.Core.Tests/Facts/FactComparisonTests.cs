using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Facts;

/// <summary>Original/variant pairs written for these tests, each with the one change (or none) it carries.</summary>
public sealed class FactComparisonTests
{
    private static FactComparison Compare(string original, string variant, StarSection section = StarSection.Result) =>
        TestFacts.Comparer.Compare(Story(section, original), Story(section, variant));

    private static StarStory Story(StarSection section, string text) =>
        new() { Sections = new Dictionary<StarSection, string> { [section] = text } };

    [Theory]
    [InlineData("The drop rate went from 0.3% to 0.02%.", "Drops fell from three tenths of a percent to 0.02 percent.")]
    [InlineData("It took two weeks.", "It took 14 days.")]
    [InlineData("We saved $1.2M a year.", "We saved 1.2 million dollars a year.")]
    [InlineData("p99 stayed at 500 ms.", "p99 stayed at 0.5 s.")]
    [InlineData("About 30% of the alerts were noise.", "Thirty per cent of alerts were noise.")]
    [InlineData("I wrote the fix.", "I wrote the fix that night.")]
    [InlineData("The payments team owned the ledger.", "The ledger belonged to the payments team.")]
    [InlineData("Error rate fell from 2.1% to 0.4%.", "The error rate is now 0.4%.")]
    public void Compare_SameFactsInOtherWords_FindsNoChange(string original, string variant)
    {
        var result = Compare(original, variant);

        result.Changed.Should().BeEmpty(string.Join("; ", result.Changed.Select(c => c.Finding.Message)));
    }

    [Theory]
    [InlineData("The drop rate went from 0.3% to 0.02%.", "The drop rate went from 0.5% to 0.02%.", "from 0.5% to 0.02%", "from 0.3% to 0.02%")]
    [InlineData("About 0.3% of webhooks were dropped.", "About 0.5% of webhooks were dropped.", "0.5%", "0.3%")]
    [InlineData("I brought 12 engineers into the review.", "I brought 15 engineers into the review.", "15 engineers", "12 engineers")]
    [InlineData("We saved $12k a month on nodes.", "We saved $20k a month on nodes.", "$20k a month", "$12k a month")]
    [InlineData("The migration took six weeks.", "The migration took four weeks.", "four weeks", "six weeks")]
    [InlineData("Deploys went from 40 minutes to 6.", "Deploys went from 40 minutes to 9.", "from 40 minutes to 9", "from 40 minutes to 6")]
    [InlineData("Error rate fell from 2.1% to 0.4%.", "The error rate is now 0.9%.", "0.9%", "from 2.1% to 0.4%")]
    public void Compare_ChangedNumber_IsFactChangedOnTheVariantsWords(string original, string variant, string variantText, string originalText)
    {
        var result = Compare(original, variant);

        var change = result.Changed.Should().ContainSingle().Subject;
        change.Rule.Should().Be("fact-changed");
        change.Variant.Text.Should().Be(variantText);
        change.Original.Text.Should().Be(originalText);
        change.Finding.Rule.Should().Be("fact-changed");
        variant.Substring(change.Finding.Start, change.Finding.Length).Should().Be(variantText);
        change.Finding.Message.Should().Contain(originalText);
        change.Finding.Suggestion.Should().Be(originalText);
    }

    [Theory]
    [InlineData("I wrote the fix that night.", "The team wrote the fix that night.", "other")]
    [InlineData("Priya wrote the dashboard.", "I wrote the dashboard.", "me")]
    [InlineData("My manager decided to roll back.", "I decided to roll back.", "me")]
    [InlineData("I found the leak in the pool.", "Sam found the leak in the pool.", "other")]
    [InlineData("The SRE team implemented the alarm.", "I built the alarm.", "me")]
    public void Compare_ActionGivenToSomeoneElse_IsClaimChanged(string original, string variant, string variantActor)
    {
        var result = Compare(original, variant, StarSection.Action);

        var change = result.Changed.Should().ContainSingle().Subject;
        change.Rule.Should().Be("claim-changed");
        change.Variant.Value.Should().Be(variantActor);
        change.Finding.Section.Should().Be(StarSection.Action);
        change.Finding.Message.Should().Contain(change.Original.Text);
    }

    [Fact]
    public void Compare_ChangedTeamOrDate_IsFactChanged()
    {
        Compare("The payments team owned the ledger.", "The billing team owned the ledger.").Changed.Should().ContainSingle()
            .Which.Variant.Text.Should().Be("billing team");
        Compare("We shipped it in Q3.", "We shipped it in Q4.").Changed.Should().ContainSingle()
            .Which.Original.Text.Should().Be("Q3");
    }

    [Fact]
    public void Compare_LeftOutAndNew_AreListedNotFlagged()
    {
        var result = Compare("Drops fell from 0.3% to 0.02% and 4,000 customers a week stopped complaining.", "Drops fell from 0.3% to 0.02%. The work took two weeks.");

        result.AnyChanged.Should().BeFalse();
        result.Omitted.Should().ContainSingle(f => f.Text == "4,000 customers a week");
        result.Added.Should().ContainSingle(f => f.Text == "two weeks");
        result.Same.Should().Contain(m => m.Variant.Kind == FactKind.Change);
    }

    [Fact]
    public void Compare_FactMovedToAnotherSection_IsStillTheSame()
    {
        var original = new StarStory { Sections = new Dictionary<StarSection, string> { [StarSection.Situation] = "About 0.3% of webhooks were dropped." } };
        var variant = new StarStory { Sections = new Dictionary<StarSection, string> { [StarSection.Result] = "Before my fix, 0.3% of webhooks were dropped." } };

        TestFacts.Comparer.Compare(original, variant).Changed.Should().BeEmpty();
    }

    [Fact]
    public void Findings_AreInTheScorersShapeAndOrder()
    {
        var original = StarStory.Create(null, null, "I wrote the fix.", "Drops fell from 0.3% to 0.02%.", null);
        var variant = StarStory.Create(null, null, "The team wrote the fix.", "Drops fell from 0.5% to 0.02%.", null);

        var findings = TestFacts.Comparer.Compare(original, variant).Findings;

        findings.Select(f => (f.Rule, f.Section)).Should().Equal(("claim-changed", StarSection.Action), ("fact-changed", StarSection.Result));
        findings.Should().OnlyContain(f => f.Severity == Severity.Error && f.Text == variant.Text(f.Section).Substring(f.Start, f.Length));
    }
}
