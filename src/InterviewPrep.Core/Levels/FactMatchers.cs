using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Levels;

/// <summary>
/// Code matchers for levels.yaml over the facts of a section: a count of three or more people or teams
/// (<c>@people-count</c>: "12 engineers", "three teams"), an amount of money (<c>@money</c>), a
/// count of customers or users (<c>@customer-count</c>), a team named by name (<c>@named-team</c>).
/// Numbers are parsed once by <see cref="FactExtractor"/>, not by a second regex.
/// </summary>
internal sealed class FactMatchers : CodeMatcher
{
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "engineer", "engineers", "developer", "developers", "people", "person", "team", "teams", "squad", "squads", "org", "orgs",
        "group", "groups", "stakeholder", "stakeholders", "manager", "managers", "designer", "designers", "member", "members",
        "report", "reports", "intern", "interns", "hire", "hires", "contributor", "contributors", "service", "services", "owner", "owners",
        "department", "departments", "colleague", "colleagues", "peer", "peers",
    };

    private static readonly HashSet<string> CustomerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "customer", "customers", "user", "users", "merchant", "merchants", "seller", "sellers", "client", "clients", "account", "accounts",
        "subscriber", "subscribers", "buyer", "buyers", "partner", "partners", "tenant", "tenants", "driver", "drivers", "store", "stores",
        "order", "orders", "transaction", "transactions", "request", "requests", "member", "members", "patient", "patients",
    };

    private readonly object _memoKey;
    private readonly Func<SectionText, IReadOnlyList<Fact>> _extract;
    private readonly string _name;
    private readonly Func<Fact, bool> _accept;

    // Matchers that read the same extraction share its memo key, so a section is extracted once for all of them.
    private FactMatchers(object memoKey, Func<SectionText, IReadOnlyList<Fact>> extract, string name, Func<Fact, bool> accept)
    {
        _memoKey = memoKey;
        _extract = extract;
        _name = name;
        _accept = accept;
    }

    public override string Name => _name;

    public override string Description => "facts: " + _name;

    public static IEnumerable<CodeMatcher> For(FactRules rules)
    {
        var e = new FactExtractor(rules);

        // The count and money matchers need only the numbers; the named-team one needs the names too.
        var numbers = new object();
        yield return new FactMatchers(numbers, e.ExtractNumbers, "@people-count", f => f.Kind is FactKind.Quantity or FactKind.Change && Dimension(f) == "count" && Counts(f, PeopleNouns) && Amount(f) >= 3);
        yield return new FactMatchers(numbers, e.ExtractNumbers, "@customer-count", f => f.Kind is FactKind.Quantity or FactKind.Change && Dimension(f).StartsWith("count", StringComparison.Ordinal) && Counts(f, CustomerNouns) && Amount(f) >= 50);
        yield return new FactMatchers(numbers, e.ExtractNumbers, "@money", f => f.Kind is FactKind.Quantity or FactKind.Change && Dimension(f).StartsWith("money", StringComparison.Ordinal));
        yield return new FactMatchers(e, e.Extract, "@named-team", f => f.Kind == FactKind.Team);
        yield return new ISubjectMatcher();
    }

    private static string Dimension(Fact f) => (f.Amount ?? f.To)!.Value.Dimension;

    private static double Amount(Fact f) => (f.Amount ?? f.To)!.Value.Value;

    private static bool Counts(Fact f, HashSet<string> nouns) => f.Counted.Split(' ').Any(nouns.Contains);

    protected override List<TextSpan> FindCore(SectionText text) =>
        [.. text.Memo(_memoKey, _extract).Where(_accept).Select(f => new TextSpan(f.Start, f.Length))];
}
