using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Tests.Facts;

/// <summary>
/// Labelled sentences (written for these tests, in the voices candidates use): each names the facts
/// the extractor must find, by kind, exact words and, where it matters, normalised value or actor.
/// </summary>
public sealed class FactExtractionTests
{
    /// <summary>sentence | kind | exact text | value (normalised; "" = not checked).</summary>
    public static TheoryData<string, FactKind, string, string> Labelled => new()
    {
        // numbers with units
        { "About 0.3% of webhooks were dropped every day.", FactKind.Quantity, "0.3%", "0.3 %" },
        { "Roughly thirty percent of the alerts were noise.", FactKind.Quantity, "thirty percent", "30 %" },
        { "We lost 30 per cent of sign-ups at that step.", FactKind.Quantity, "30 per cent", "30 %" },
        { "The migration took two weeks end to end.", FactKind.Quantity, "two weeks", "1209600 s" },
        { "I had 14 days before the freeze.", FactKind.Quantity, "14 days", "1209600 s" },
        { "It saved $1.2M in compute.", FactKind.Quantity, "$1.2M", "1200000 USD" },
        { "It saved $1.2M a year in compute.", FactKind.Quantity, "$1.2M a year", "" },
        { "That was worth 1.2 million dollars in renewals.", FactKind.Quantity, "1.2 million dollars", "1200000 USD" },
        { "p99 latency stayed under 500 ms.", FactKind.Quantity, "500 ms", "0.5 s" },
        { "The handler now answers in 0.5 s.", FactKind.Quantity, "0.5 s", "0.5 s" },
        { "The build got 3x faster.", FactKind.Quantity, "3x", "3 x" },
        { "The export job ran for 45 minutes.", FactKind.Quantity, "45 minutes", "2700 s" },
        { "We were paying $12k for idle nodes.", FactKind.Quantity, "$12k", "12000 USD" },
        { "We were paying $12k a month for idle nodes.", FactKind.Quantity, "$12k a month", "" },
        { "Cold starts took 2.4 seconds.", FactKind.Quantity, "2.4 seconds", "2.4 s" },
        { "The fix went out in a 30-minute window.", FactKind.Quantity, "30-minute", "1800 s" },
        { "It was a two-week spike.", FactKind.Quantity, "two-week", "1209600 s" },
        { "Storage grew to 40 GB.", FactKind.Quantity, "40 GB", "40000000000 bytes" },
        { "The job ran for forty-five minutes.", FactKind.Quantity, "forty-five minutes", "2700 s" },
        { "We had €300k of budget left.", FactKind.Quantity, "€300k", "300000 EUR" },

        // counts and what they count
        { "I brought 12 engineers from three teams into the review.", FactKind.Quantity, "12 engineers", "12 " },
        { "I brought 12 engineers from three teams into the review.", FactKind.Quantity, "three teams", "3 " },
        { "About 4,000 customers hit the error.", FactKind.Quantity, "4,000 customers", "4000 " },
        { "About 4,000 customers a week hit the error.", FactKind.Quantity, "4,000 customers a week", "" },
        { "The rollout covered 140 stores.", FactKind.Quantity, "140 stores", "140 " },

        // before -> after
        { "The drop rate went from 0.3% to 0.02%.", FactKind.Change, "from 0.3% to 0.02%", "0.3 % → 0.02 %" },
        { "I cut the deploy time from 40 minutes to 6.", FactKind.Change, "from 40 minutes to 6", "2400 s → 360 s" },
        { "Build time dropped from 40 to 12 minutes.", FactKind.Change, "from 40 to 12 minutes", "2400 s → 720 s" },
        { "Error rate: 2.1% → 0.4% after the change.", FactKind.Change, "2.1% → 0.4%", "2.1 % → 0.4 %" },
        { "Tickets fell from twenty a week to three.", FactKind.Change, "from twenty a week to three", "" },
        { "Page load fell from 3.2 s to 1.1 s.", FactKind.Change, "from 3.2 s to 1.1 s", "3.2 s → 1.1 s" },
        { "We reduced cost from $20k to $8k.", FactKind.Change, "from $20k to $8k", "20000 USD → 8000 USD" },
        { "We reduced cost from $20k to $8k per month.", FactKind.Change, "from $20k to $8k per month", "" },

        // entities
        { "The retries lived in the Billing service.", FactKind.System, "Billing service", "billing service" },
        { "I moved the queue onto Kafka last spring.", FactKind.System, "Kafka", "kafka" },
        { "The payments team owned the ledger.", FactKind.Team, "payments team", "payments team" },
        { "I asked the SRE team for a review.", FactKind.Team, "SRE team", "sre team" },
        { "My manager Dana asked for a plan by Friday.", FactKind.Person, "Dana", "dana" },
        { "The outage hit in March 2023.", FactKind.Date, "March 2023", "march 2023" },
        { "We planned it for Q3 and shipped in Q4.", FactKind.Date, "Q3", "q3" },
        { "We planned it for Q3 and shipped in Q4.", FactKind.Date, "Q4", "q4" },
        { "In 2021 the platform had no owner.", FactKind.Date, "2021", "2021" },
        { "It started last quarter.", FactKind.Date, "last quarter", "last quarter" },

        // claims
        { "I wrote the fix that night.", FactKind.Claim, "I wrote the fix", "me" },
        { "The team wrote the fix that night.", FactKind.Claim, "The team wrote the fix", "other" },
        { "My manager decided to roll back.", FactKind.Claim, "My manager decided to roll back", "other" },
        { "I decided to roll back.", FactKind.Claim, "I decided to roll back", "me" },
        { "I led the incident review.", FactKind.Claim, "I led the incident review", "me" },
        { "Priya implemented the retry logic.", FactKind.Claim, "Priya implemented the retry logic", "other" },
        { "We shipped the patch on Monday.", FactKind.Claim, "We shipped the patch", "we" },
        { "Priya and I designed the schema.", FactKind.Claim, "Priya and I designed the schema", "we" },
        { "The dashboard was built by Marco.", FactKind.Claim, "built by Marco", "other" },
        { "so i found the leak in the pool", FactKind.Claim, "i found the leak", "me" },
        { "- Wrote the migration script", FactKind.Claim, "Wrote the migration script", "me" },
    };

    [Theory]
    [MemberData(nameof(Labelled))]
    public void Extract_LabelledSentence_FindsTheFact(string sentence, FactKind kind, string text, string value)
    {
        var facts = TestFacts.In(sentence);

        var found = facts.Where(f => f.Kind == kind && f.Text == text).ToList();
        found.Should().ContainSingle($"'{sentence}' should state a {kind} '{text}'; found: {string.Join("; ", facts.Select(f => $"{f.Kind} '{f.Text}' = {f.Value}"))}");
        var fact = found[0];
        sentence.Substring(fact.Start, fact.Length).Should().Be(text, "the span is exact");
        if (value.Length > 0)
        {
            fact.Value.Should().Be(value);
        }
    }

    [Theory]
    [InlineData("I didn't write the fix; Sam did.")]
    [InlineData("The team asked me to write the runbook.")]
    public void Extract_NegatedOrInfinitiveClaim_IsNotMine(string sentence)
    {
        TestFacts.In(sentence).Where(f => f.Kind == FactKind.Claim && f.Actor == ClaimActor.Me).Should().BeEmpty();
    }

    [Theory]
    [InlineData("We use p99 and S3 for this.")]
    [InlineData("In 2023 we moved the team.")]
    [InlineData("It was the 3rd attempt.")]
    [InlineData("The meeting was at 3:30.")]
    [InlineData("No one else wanted it.")]
    public void Extract_IdentifiersYearsOrdinalsAndClockTimes_AreNotQuantities(string sentence)
    {
        TestFacts.In(sentence).Where(f => f.Kind is FactKind.Quantity or FactKind.Change).Should().BeEmpty();
    }

    [Theory]
    [InlineData("30%", "thirty percent")]
    [InlineData("30%", "30 per cent")]
    [InlineData("two weeks", "14 days")]
    [InlineData("$1.2M", "1.2 million dollars")]
    [InlineData("500 ms", "0.5 s")]
    [InlineData("2400 ms", "2.4 seconds")]
    [InlineData("$340,000", "$340k")]
    [InlineData("3x", "three times")]
    [InlineData("45", "forty-five")]
    [InlineData("two hundred engineers", "200 engineers")]
    [InlineData("$12k a month", "$144k a year")]
    [InlineData("twenty a week", "20 per week")]
    public void Normalise_TwoSpellings_AreTheSameQuantity(string a, string b)
    {
        var qa = TestFacts.In("It was " + a + ".").Single(f => f.Kind == FactKind.Quantity).Amount!.Value;
        var qb = TestFacts.In("It was " + b + ".").Single(f => f.Kind == FactKind.Quantity).Amount!.Value;

        qa.SameAs(qb).Should().BeTrue($"{a} = {qa}, {b} = {qb}");
    }

    [Fact]
    public void Extract_Key_NamesWhatTheNumberMeasures()
    {
        TestFacts.In("The drop rate went from 0.3% to 0.02%.").Single(f => f.Kind == FactKind.Change).Key.Should().Be("drop rate");
        TestFacts.In("p99 latency stayed under 500 ms.").Single(f => f.Kind == FactKind.Quantity).Key.Should().Contain("latency");
        TestFacts.In("About 0.3% of webhooks were dropped.").Single(f => f.Kind == FactKind.Quantity).Key.Should().Contain("webhooks");
        TestFacts.In("I brought 12 engineers into the review.").Single(f => f.Kind == FactKind.Quantity).Key.Should().StartWith("engineers");
    }

    [Fact]
    public void Extract_Story_OffsetsAreIntoEachSection()
    {
        var story = StarStory.Create("In March 2023 the payments team saw drops.", null, "I wrote the fix.", "Drops fell from 0.3% to 0.02%.", null);

        var facts = TestFacts.Extractor.Extract(story);

        foreach (var f in facts.Facts)
        {
            story.Text(f.Section).Substring(f.Start, f.Length).Should().Be(f.Text);
        }

        facts.Facts.Select(f => f.Section).Should().BeInAscendingOrder();
        facts.OfKind(FactKind.Change).Single().Section.Should().Be(StarSection.Result);
    }

    [Fact]
    public void Extract_QuotedSpeech_IsSomeoneElsesWords()
    {
        TestFacts.In("She said \"I wrote 40% of it\" and laughed.").Where(f => f.Kind is FactKind.Claim or FactKind.Quantity).Should().BeEmpty();
    }
}
