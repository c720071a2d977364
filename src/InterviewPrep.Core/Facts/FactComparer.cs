using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Facts;

/// <summary>A fact that two tellings state differently, with the finding to show on the variant's words.</summary>
/// <param name="Rule"><c>fact-changed</c> (a number, name or date differs) or <c>claim-changed</c> (who did it differs).</param>
/// <param name="Original">The original's fact (its wording is <c>Original.Text</c>).</param>
/// <param name="Variant">The variant's fact, on whose span the finding sits.</param>
/// <param name="Finding">The finding in the scorer's shape (rule, section, start, length on the variant's text).</param>
public sealed record FactChange(string Rule, Fact Original, Fact Variant, Finding Finding);

/// <summary>A fact both tellings state the same way.</summary>
public sealed record FactMatch(Fact Original, Fact Variant);

/// <summary>
/// How a variant's facts stand against the original's: changed (a finding each), new in the
/// variant, left out of it ("not mentioned": fine, only listed) and the same.
/// </summary>
public sealed record FactComparison(
    IReadOnlyList<FactChange> Changed,
    IReadOnlyList<Fact> Added,
    IReadOnlyList<Fact> Omitted,
    IReadOnlyList<FactMatch> Same)
{
    public const string FactChangedRule = "fact-changed";

    public const string ClaimChangedRule = "claim-changed";

    /// <summary>True when any fact or claim differs: the CLI's exit 1.</summary>
    public bool AnyChanged => Changed.Count > 0;

    /// <summary>The findings of <see cref="Changed"/>, in speaking order of sections, then by start and rule, like a score report's.</summary>
    public IReadOnlyList<Finding> Findings =>
        [.. Changed.Select(c => c.Finding).OrderBy(f => f.Section).ThenBy(f => f.Start).ThenBy(f => f.Rule, StringComparer.Ordinal)];
}

/// <summary>
/// Compares the facts of two tellings of one story. A number differs only when the variant's value
/// is nowhere in the original (in any unit) and the original states a different value about the
/// same thing (keys share a word); a claim differs when the same action (verb group and object) is
/// given to "I" in one telling and to someone else (or "we") in the other. Everything else is new
/// or not mentioned, which is allowed: a re-angled story leaves things out on purpose.
/// </summary>
public sealed class FactComparer
{
    private readonly FactExtractor _extractor;

    public FactComparer(FactExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
    }

    public FactExtractor Extractor => _extractor;

    /// <summary>Extracts and compares two stories.</summary>
    public FactComparison Compare(StarStory original, StarStory variant) =>
        Compare(_extractor.Extract(original), _extractor.Extract(variant));

    /// <summary>Compares facts already extracted (the web app caches the original's).</summary>
    public static FactComparison Compare(StoryFacts original, StoryFacts variant)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(variant);
        var changed = new List<FactChange>();
        var added = new List<Fact>();
        var same = new List<FactMatch>();
        var usedOriginal = new HashSet<Fact>(ReferenceEqualityComparer.Instance);

        // Numbers: present anywhere in the original means the same; otherwise a differing value about the same thing.
        var origNumbers = original.Facts.Where(IsNumeric).ToList();
        var origValues = origNumbers.SelectMany(Values).ToList();
        var pendingNumbers = new List<Fact>();
        foreach (var v in variant.Facts.Where(IsNumeric))
        {
            // Every value of the variant's fact is somewhere in the original: the same fact, perhaps told in two places.
            var values = Values(v);
            var holder = values.All(x => origValues.Any(x.SameAs))
                ? origNumbers.Where(o => Values(o).Any(x => values.Any(x.SameAs))).OrderByDescending(o => Values(o).Count(x => values.Any(x.SameAs))).ThenByDescending(o => KeyOverlap(o, v)).First()
                : null;
            if (holder is not null)
            {
                same.Add(new FactMatch(holder, v));
                usedOriginal.Add(holder);
                continue;
            }

            pendingNumbers.Add(v);
        }

        foreach (var v in pendingNumbers)
        {
            // Two before → afters that start (or end) at the same value are about the same thing, whatever the words around them.
            var sharedEnd = v.Kind == FactKind.Change
                ? origNumbers.FirstOrDefault(o => o.Kind == FactKind.Change && SameDimension(o, v) && (o.From!.Value.SameAs(v.From!.Value) != o.To!.Value.SameAs(v.To!.Value)))
                : null;
            if (sharedEnd is not null)
            {
                changed.Add(Change(FactComparison.FactChangedRule, sharedEnd, v));
                usedOriginal.Add(sharedEnd);
                continue;
            }

            var best = origNumbers
                .Where(o => SameDimension(o, v) && o.IsDelta == v.IsDelta && KeyOverlap(o, v) > 0 && CountsMeet(o, v) && Conflicts(o, v))
                .OrderByDescending(o => KeyOverlap(o, v)).ThenBy(o => o.Section == v.Section ? 0 : 1).FirstOrDefault();
            if (best is not null)
            {
                changed.Add(Change(FactComparison.FactChangedRule, best, v));
                usedOriginal.Add(best);
            }
            else
            {
                added.Add(v);
            }
        }

        // Claims: the same action given to a different actor.
        var origClaims = original.OfKind(FactKind.Claim).ToList();
        foreach (var v in variant.OfKind(FactKind.Claim))
        {
            // Claims about the same object first; a claim with no object ("every queue I build") only when nothing closer exists.
            var sameVerb = origClaims.Where(o => o.Verb == v.Verb).ToList();
            var candidates = sameVerb.Where(o => ObjectOverlap(o, v) > 0).ToList();
            if (candidates.Count == 0)
            {
                candidates = [.. sameVerb.Where(o => ObjectsMeet(o, v))];
            }

            var sameActor = candidates.FirstOrDefault(o => o.Actor == v.Actor);
            if (sameActor is not null)
            {
                same.Add(new FactMatch(sameActor, v));
                usedOriginal.Add(sameActor);
                continue;
            }

            // A claim change needs the same object on both sides: "I wrote the fix" / "the team wrote the fix".
            var other = candidates.Where(o => IsClaimChange(o.Actor!.Value, v.Actor!.Value) && ObjectOverlap(o, v) > 0 && !OwnObject(o) && !OwnObject(v))
                .OrderByDescending(o => KeyOverlap(o, v)).FirstOrDefault();
            if (other is not null)
            {
                changed.Add(Change(FactComparison.ClaimChangedRule, other, v));
                usedOriginal.Add(other);
            }
            else if (candidates.FirstOrDefault() is { } near)
            {
                same.Add(new FactMatch(near, v)); // the team ↔ we: not flagged
                usedOriginal.Add(near);
            }
            else
            {
                added.Add(v);
            }
        }

        // Names and dates: the same text is the same; one unmatched of a kind on each side with the same head is a change.
        var entityKinds = new[] { FactKind.System, FactKind.Team, FactKind.Person, FactKind.Date };
        var pendingEntities = new List<Fact>();
        foreach (var v in variant.Facts.Where(f => entityKinds.Contains(f.Kind)))
        {
            var match = original.Facts.FirstOrDefault(o => entityKinds.Contains(o.Kind) && (v.Kind == FactKind.Date ? o.Kind == FactKind.Date && o.Value == v.Value : SameName(o.Value, v.Value)));
            if (match is not null)
            {
                same.Add(new FactMatch(match, v));
                usedOriginal.Add(match);
            }
            else
            {
                pendingEntities.Add(v);
            }
        }

        foreach (var v in pendingEntities)
        {
            // One name told two ways: the only unmatched name of its kind and key on each side (however often each is repeated).
            var open = original.Facts.Where(o => o.Kind == v.Kind && !usedOriginal.Contains(o) && o.Key == v.Key && !original.Facts.Any(x => x != o && SameName(x.Value, o.Value) && variant.Facts.Any(y => SameName(y.Value, x.Value))))
                .GroupBy(o => o.Value).Select(g => g.First()).ToList();
            var rivals = pendingEntities.Where(p => p.Kind == v.Kind && p.Key == v.Key).Select(p => p.Value).Distinct().Count();
            var alreadyFlagged = changed.Any(c => c.Variant.Kind == v.Kind && c.Variant.Value == v.Value);
            if (v.Key is not ("name" or "person") && (v.Kind != FactKind.System || v.Key.EndsWith(" name", StringComparison.Ordinal)) && open.Count == 1 && rivals == 1 && !alreadyFlagged)
            {
                changed.Add(Change(FactComparison.FactChangedRule, open[0], v));
            }
            else if (alreadyFlagged)
            {
                same.Add(new FactMatch(changed.First(c => c.Variant.Kind == v.Kind && c.Variant.Value == v.Value).Original, v));
            }
            else
            {
                added.Add(v);
            }
        }

        var omitted = original.Facts.Where(o => !usedOriginal.Contains(o) && !Mentioned(o, variant)).ToList();
        return new FactComparison(
            [.. changed.OrderBy(c => c.Variant.Section).ThenBy(c => c.Variant.Start)],
            added,
            omitted,
            same);
    }

    private static bool IsNumeric(Fact f) => f.Kind is FactKind.Quantity or FactKind.Change;

    private static List<Quantity> Values(Fact f) => f.Kind == FactKind.Change ? [f.From!.Value, f.To!.Value] : [f.Amount!.Value];

    private static bool SameDimension(Fact a, Fact b) => Values(a)[0].Dimension == Values(b)[0].Dimension;

    /// <summary>Do two facts about the same thing disagree? A lone value agrees with either end of a change.</summary>
    private static bool Conflicts(Fact o, Fact v)
    {
        var rough = o.IsApproximate || v.IsApproximate;
        bool Same(Quantity a, Quantity b) => a.SameAs(b) || (rough && Near(a, b));
        if (o.Kind == FactKind.Change && v.Kind == FactKind.Change)
        {
            return !Same(o.From!.Value, v.From!.Value) || !Same(o.To!.Value, v.To!.Value);
        }

        var ov = Values(o);
        var vv = Values(v);
        return !ov.Any(x => vv.Any(y => Same(x, y)));
    }

    /// <summary>Rounding a speaker would say aloud: "about 40%" for 41%, within 5%.</summary>
    private static bool Near(Quantity a, Quantity b) =>
        a.Dimension == b.Dimension && Math.Abs(a.Value - b.Value) <= 0.05 * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));

    private static bool IsClaimChange(ClaimActor original, ClaimActor variant) =>
        (original, variant) is (ClaimActor.Me, ClaimActor.Other) or (ClaimActor.Me, ClaimActor.We) or (ClaimActor.Other, ClaimActor.Me) or (ClaimActor.We, ClaimActor.Me);

    /// <summary>Claims are about the same action when their objects share a word, or one has no object ("I decided" / "the team decided it").</summary>
    private static bool ObjectsMeet(Fact a, Fact b)
    {
        var oa = Stems(a.Key).Skip(1).ToHashSet(StringComparer.Ordinal);
        var ob = Stems(b.Key).Skip(1).ToList();
        return oa.Count == 0 || ob.Count == 0 || ob.Any(oa.Contains);
    }

    /// <summary>"each squad built its own date picker": a different object from "the date picker".</summary>
    private static bool OwnObject(Fact claim) =>
        claim.Text.Contains(" its own ", StringComparison.OrdinalIgnoreCase) || claim.Text.Contains(" their own ", StringComparison.OrdinalIgnoreCase)
        || claim.Text.Contains(" his own ", StringComparison.OrdinalIgnoreCase) || claim.Text.Contains(" her own ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Two counts are about the same thing only when they count the same noun ("12 engineers" / "15 engineers").</summary>
    private static bool CountsMeet(Fact a, Fact b)
    {
        if (a.Counted.Length == 0 || b.Counted.Length == 0)
        {
            return Values(a)[0].Dimension != "count" || (a.Counted.Length == 0 && b.Counted.Length == 0);
        }

        var sa = Stems(a.Counted).ToHashSet(StringComparer.Ordinal);
        return Stems(b.Counted).Any(sa.Contains);
    }

    private static int ObjectOverlap(Fact a, Fact b)
    {
        var oa = Stems(a.Key).Skip(1).ToHashSet(StringComparer.Ordinal);
        return Stems(b.Key).Skip(1).Distinct(StringComparer.Ordinal).Count(oa.Contains);
    }

    /// <summary>Words the two keys share, by stem ("drops" meets "drop rate").</summary>
    internal static int KeyOverlap(Fact a, Fact b)
    {
        var sa = Stems(a.Key).ToHashSet(StringComparer.Ordinal);
        return Stems(b.Key).Distinct(StringComparer.Ordinal).Count(sa.Contains);
    }

    private static IEnumerable<string> Stems(string key) =>
        key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => SectionText.Stem(w));

    private static bool SameName(string a, string b) =>
        a == b || (a.Length > 2 && b.Length > 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));

    /// <summary>Is the original's fact said in the variant in some form (its value among the variant's facts)?</summary>
    private static bool Mentioned(Fact o, StoryFacts variant) => o.Kind switch
    {
        FactKind.Quantity or FactKind.Change => variant.Facts.Where(IsNumeric).Any(v => Values(o).All(x => Values(v).Any(x.SameAs))),
        FactKind.Claim => variant.OfKind(FactKind.Claim).Any(v => v.Verb == o.Verb && v.Actor == o.Actor && ObjectsMeet(o, v)),
        _ => variant.Facts.Any(v => SameName(v.Value, o.Value)),
    };

    private static FactChange Change(string rule, Fact original, Fact variant)
    {
        var where = original.Section == variant.Section ? "" : $" (in {original.Section})";
        var message = rule == FactComparison.ClaimChangedRule
            ? ClaimMessage(original, variant, where)
            : $"The original says “{original.Text}”{where} here: interviewers compare notes, so tell the same {Noun(original)} in every version, or change it in the original too.";
        return new FactChange(rule, original, variant, new Finding
        {
            Rule = rule,
            Severity = Severity.Error,
            Section = variant.Section,
            Start = variant.Start,
            Length = variant.Length,
            Text = variant.Text,
            Message = message,
            Suggestion = original.Text,
        });
    }

    private static string ClaimMessage(Fact original, Fact variant, string where)
    {
        var who = original.Actor == ClaimActor.Me ? "you" : string.IsNullOrEmpty(original.Subject) ? "someone else" : $"“{original.Subject}”";
        return variant.Actor == ClaimActor.Me
            ? $"The original gives this to {who}: “{original.Text}”{where}. Claiming it here is what interviewers catch when they compare notes; say who really did it."
            : $"The original says you did this: “{original.Text}”{where}. Here it goes to {(variant.Actor == ClaimActor.We ? "“we”" : $"“{variant.Subject}”")}; tell who did what the same way every time.";
    }

    private static string Noun(Fact f) => f.Kind switch
    {
        FactKind.Quantity or FactKind.Change => "number",
        FactKind.Date => "date",
        FactKind.Team => "team",
        FactKind.Person => "person",
        _ => "name",
    };
}
