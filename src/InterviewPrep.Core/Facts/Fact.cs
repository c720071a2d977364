using System.Globalization;

namespace InterviewPrep.Core.Facts;

/// <summary>What sort of fact a span states; the comparison pairs facts of the same kind only.</summary>
public enum FactKind
{
    /// <summary>A number with a unit or a counted noun: "0.3%", "$1.2M", "two weeks", "12 engineers".</summary>
    Quantity,

    /// <summary>A before → after pair: "from 40 minutes to 6", "0.3% → 0.05%".</summary>
    Change,

    /// <summary>A named system, service or tool: "Kafka", "the billing service".</summary>
    System,

    /// <summary>A team or organisation: "the payments team", "SRE".</summary>
    Team,

    /// <summary>A named person or a role standing for one: "Priya", "my manager".</summary>
    Person,

    /// <summary>A date or period: "March 2023", "Q3", "last spring".</summary>
    Date,

    /// <summary>Who did an action: "I wrote the fix", "my manager decided".</summary>
    Claim,
}

/// <summary>Who a <see cref="FactKind.Claim"/> gives the action to.</summary>
public enum ClaimActor
{
    /// <summary>The candidate: "I", "i", "I'd".</summary>
    Me,

    /// <summary>A shared "we": the candidate among others.</summary>
    We,

    /// <summary>Someone else: a person, a role, a team, "they".</summary>
    Other,
}

/// <summary>
/// A number normalised to its dimension's base unit, so "30%", "thirty percent" and "30 per cent"
/// are equal, "two weeks" equals "14 days", "$1.2M" equals "1.2 million dollars" and "500 ms"
/// equals "0.5 s". Units and their factors come from <c>content/facts.yaml</c>.
/// </summary>
/// <param name="Value">The amount in the base unit (seconds, dollars, percent, a plain count…).</param>
/// <param name="Dimension">What is measured: <c>percent</c>, <c>duration</c>, <c>money-usd</c>, <c>count</c>, <c>multiple</c>…</param>
/// <param name="BaseUnit">The base unit's name for display ("s", "USD", "%").</param>
public readonly record struct Quantity(double Value, string Dimension, string BaseUnit)
{
    /// <summary>Equal within a relative tolerance, so rounding in a unit factor never makes two tellings differ.</summary>
    public bool SameAs(Quantity other) =>
        Dimension == other.Dimension && Math.Abs(Value - other.Value) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(Value), Math.Abs(other.Value)));

    /// <summary>The normalised form used as a fact's value: "1209600 s", "30 %", "1200000 USD".</summary>
    public override string ToString() => Value.ToString("0.######", CultureInfo.InvariantCulture) + " " + BaseUnit;
}

/// <summary>
/// One fact of a story, located on the exact words that state it so an editor can mark it and a
/// comparison can point a variant's finding at them.
/// </summary>
public sealed record Fact
{
    public required FactKind Kind { get; init; }

    public required StarSection Section { get; init; }

    /// <summary>Start of the span, in UTF-16 units of the section text (as in a scoring <c>Finding</c>).</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>The words as written.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The normalised value two tellings are compared on: a <see cref="Quantity"/>'s string, "0.3 % → 0.05 %"
    /// for a change, the lower-case name for an entity, "me"/"we"/"other" for a claim.
    /// </summary>
    public required string Value { get; init; }

    /// <summary>
    /// What the fact is about, as words from the nearby noun phrase ("drop rate", "engineers",
    /// "write fix" for a claim): the comparison pairs facts whose keys share a word.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The number, for <see cref="FactKind.Quantity"/>.</summary>
    public Quantity? Amount { get; init; }

    /// <summary>The before value, for <see cref="FactKind.Change"/>.</summary>
    public Quantity? From { get; init; }

    /// <summary>The after value, for <see cref="FactKind.Change"/>.</summary>
    public Quantity? To { get; init; }

    /// <summary>Who did it, for <see cref="FactKind.Claim"/>.</summary>
    public ClaimActor? Actor { get; init; }

    /// <summary>The subject as written for a claim ("I", "the team", "my manager"); "" otherwise.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The verb group of a claim ("write" for wrote/implemented/coded); "" otherwise.</summary>
    public string Verb { get; init; } = "";

    /// <summary>
    /// True for a difference rather than a level: "cut by 40%", "40% fewer", "saved two hours". A delta
    /// is compared only with deltas, never with the ends of a before → after.
    /// </summary>
    public bool IsDelta { get; init; }

    /// <summary>True when hedged ("about 40%", "roughly two weeks", "~3x"): rounding within 5% is then the same fact.</summary>
    public bool IsApproximate { get; init; }

    /// <summary>For a count, the noun it counts ("engineers" in "12 engineers"); "" otherwise.</summary>
    public string Counted { get; init; } = "";

    /// <summary>The sentence the fact sits in, for showing it beside a finding or on a review card.</summary>
    public string Sentence { get; init; } = "";

    /// <summary>End of the span (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>A short lower-case id for the kind, used in JSON ("quantity", "change", "claim"…).</summary>
    public string KindId => Kind.ToString().ToLowerInvariant();
}

/// <summary>All facts of one story, in speaking order of sections, then by start.</summary>
public sealed record StoryFacts(IReadOnlyList<Fact> Facts)
{
    public static StoryFacts Empty { get; } = new([]);

    /// <summary>Facts of one kind.</summary>
    public IEnumerable<Fact> OfKind(FactKind kind) => Facts.Where(f => f.Kind == kind);

    /// <summary>Facts of one section.</summary>
    public IEnumerable<Fact> In(StarSection section) => Facts.Where(f => f.Section == section);
}
