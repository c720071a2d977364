using System.Security.Cryptography;
using System.Text;
using InterviewPrep.Core.Facts;

namespace InterviewPrep.Core.Review;

/// <summary>
/// A question about one of the candidate's own facts ("Webhook drops: the drop rate went from ? to ?").
/// <see cref="Id"/> is derived from the fact's kind, key and normalised value, so editing the story
/// without touching the fact keeps the card (and its review history), while a changed number gives a
/// new id and the old card retires.
/// </summary>
/// <param name="Id">Stable id: a short hash of kind, key and value (not of offsets or wording).</param>
/// <param name="Prompt">The question with the fact blanked out.</param>
/// <param name="Answer">The fact as the candidate wrote it.</param>
/// <param name="Section">Where the fact is.</param>
/// <param name="Kind">The fact's kind.</param>
/// <param name="Context">The whole sentence, shown after answering.</param>
public sealed record ReviewCard(string Id, string Prompt, string Answer, StarSection Section, FactKind Kind, string Context)
{
    /// <summary>The fact the card asks about (not serialised; for checking answers).</summary>
    public Fact? Fact { get; init; }
}

/// <summary>
/// Turns a story's facts into review cards: numbers (and before → after pairs) first, because
/// those are what a candidate forgets under pressure, then claims of what "I" did. Names and
/// dates on their own make poor questions and are left out.
/// </summary>
public static class ReviewCardBuilder
{
    /// <summary>Cards for <paramref name="facts"/>, titled with the story's <paramref name="title"/>; one per distinct id.</summary>
    public static IReadOnlyList<ReviewCard> Build(StoryFacts facts, string title)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var cards = new List<ReviewCard>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var label = string.IsNullOrWhiteSpace(title) ? "" : title.Trim() + ": ";
        foreach (var f in facts.Facts)
        {
            var prompt = f.Kind switch
            {
                FactKind.Change => $"{label}{About(f)} went from ? to ?",
                FactKind.Quantity => $"{label}{Blank(f)}",
                FactKind.Claim when f.Actor == ClaimActor.Me => $"{label}who did this, and what exactly? “{Blank(f)}”",
                _ => null,
            };
            if (prompt is null)
            {
                continue;
            }

            var id = IdFor(f);
            if (seen.Add(id))
            {
                cards.Add(new ReviewCard(id, prompt, f.Kind == FactKind.Claim ? f.Text : f.Text, f.Section, f.Kind, f.Sentence) { Fact = f });
            }
        }

        return cards;
    }

    /// <summary>The stable id of a fact's card: kind, key and normalised value, hashed (12 hex digits).</summary>
    public static string IdFor(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var basis = $"{fact.KindId}|{fact.Key}|{fact.Value}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..12];
    }

    private static string About(Fact f) => f.Key.Length > 0 ? "the " + f.Key : "it";

    /// <summary>The sentence with the fact's words replaced by "?".</summary>
    private static string Blank(Fact f)
    {
        var sentence = f.Sentence;
        var at = sentence.IndexOf(f.Text, StringComparison.Ordinal);
        return at >= 0 ? sentence[..at] + "?" + sentence[(at + f.Text.Length)..] : $"{About(f)}: ?";
    }
}

/// <summary>The outcome of checking a typed answer.</summary>
/// <param name="Correct">True when the answer states the fact.</param>
/// <param name="Expected">The fact as written in the story.</param>
/// <param name="Why">A short explanation ("0.3 % matches 0.3%", "you said 0.5 %").</param>
public sealed record AnswerCheck(bool Correct, string Expected, string Why);

/// <summary>
/// Lenient answer checking: a number is right in any spelling and unit of its dimension ("0.3
/// percent" = "0.3%", "two weeks" = "14 days"); a before → after needs both ends; a claim needs the
/// right actor and verb. Uses the same extractor as fact-lock, so the rules agree.
/// </summary>
public sealed class AnswerChecker
{
    private readonly FactExtractor _extractor;

    public AnswerChecker(FactExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
    }

    public AnswerCheck Check(ReviewCard card, string typed)
    {
        ArgumentNullException.ThrowIfNull(card);
        typed ??= "";
        var fact = card.Fact;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return new AnswerCheck(false, card.Answer, "no answer typed");
        }

        if (fact is null)
        {
            var ok = Normalise(typed) == Normalise(card.Answer);
            return new AnswerCheck(ok, card.Answer, ok ? "matches" : "does not match the story's words");
        }

        var said = _extractor.Extract(card.Section, typed);
        var numbers = said.Where(f => f.Kind is FactKind.Quantity or FactKind.Change).SelectMany(Values).ToList();

        // A bare number typed for a number with a unit is taken in the card's unit ("0.3" for "0.3%").
        if (numbers.Count == 0 && double.TryParse(typed.Trim().TrimEnd('%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var bare))
        {
            numbers.Add(new Quantity(bare, "bare", ""));
        }

        switch (fact.Kind)
        {
            case FactKind.Quantity:
            {
                var want = fact.Amount!.Value;
                var ok = numbers.Any(n => Matches(n, want, fact));
                return new AnswerCheck(ok, card.Answer, ok ? $"{want} matches “{fact.Text}”" : $"the story says “{fact.Text}”");
            }

            case FactKind.Change:
            {
                var from = fact.From!.Value;
                var to = fact.To!.Value;
                var okFrom = numbers.Any(n => Matches(n, from, fact));
                var okTo = numbers.Any(n => Matches(n, to, fact));
                var why = okFrom && okTo ? "both ends match" : !okFrom && !okTo ? $"the story says “{fact.Text}”" : okFrom ? "the before value is right, the after value is not" : "the after value is right, the before value is not";
                return new AnswerCheck(okFrom && okTo, card.Answer, why);
            }

            case FactKind.Claim:
            {
                var claims = said.Where(f => f.Kind == FactKind.Claim).ToList();
                var ok = claims.Any(c => c.Actor == fact.Actor && c.Verb == fact.Verb);
                return new AnswerCheck(ok, card.Answer, ok ? "right person and action" : $"the story says “{fact.Text}”");
            }

            default:
            {
                var ok = Normalise(typed).Contains(Normalise(fact.Text), StringComparison.Ordinal);
                return new AnswerCheck(ok, card.Answer, ok ? "matches" : $"the story says “{fact.Text}”");
            }
        }
    }

    private static IEnumerable<Quantity> Values(Fact f) => f.Kind == FactKind.Change ? [f.From!.Value, f.To!.Value] : [f.Amount!.Value];

    private static bool Matches(Quantity typed, Quantity want, Fact fact)
    {
        if (typed.SameAs(want))
        {
            return true;
        }

        // A bare count typed for a number with a unit: compare against the number as written.
        if (typed.Dimension is "count" or "bare")
        {
            var raw = FirstNumber(fact.Text);
            return raw is { } r && Math.Abs(r - typed.Value) < 1e-9 * Math.Max(1, Math.Abs(r));
        }

        return false;
    }

    private static double? FirstNumber(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]) && start < 0)
            {
                start = i;
            }
            else if (start >= 0 && !(char.IsDigit(text[i]) || text[i] is '.' or ','))
            {
                return Parse(text[start..i]);
            }
        }

        return start >= 0 ? Parse(text[start..]) : null;

        static double? Parse(string s) => double.TryParse(s.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static string Normalise(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
}
