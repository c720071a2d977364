using System.Collections.Frozen;

namespace InterviewPrep.Core.Scoring;

/// <summary>
/// A matcher written in code because a regular expression expresses it badly (numbers and number
/// words, first-person subjects). Rule files name it with '@', e.g. <c>@metric</c>.
/// </summary>
internal abstract class CodeMatcher
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>All matches in the section, cached per section so several rules can share them.</summary>
    public List<TextSpan> Find(SectionText text) => text.Cached(this, FindCore);

    protected abstract List<TextSpan> FindCore(SectionText text);
}

/// <summary>
/// <c>@metric</c>: evidence of quantification — digits with their currency, percent and unit
/// (<c>$8K</c>, <c>0.3%</c>, <c>2x</c>, <c>18 months</c>), spelled-out numbers (<c>three</c>,
/// <c>zero</c>, <c>twice</c>), and the engine's <c>metricWords</c> (<c>halved</c>, <c>doubled</c>).
/// Identifiers such as p99, S3 or Q3 and bare years (2023) are not metrics.
/// </summary>
internal sealed class MetricMatcher : CodeMatcher
{
    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions", "dozen", "dozens", "twice", "thrice",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "one" is too common as a pronoun ("no one", "one of the engineers") to count on its own;
    // it is a metric only as a quantity of something measurable ("one day", "one in five").
    private static readonly FrozenSet<string> UnitsAfterOne = new[]
    {
        "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint", "release", "percent",
        "in", "page", "step", "click", "server", "region", "engineer", "incident", "outage", "ticket", "deploy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly int _wordsSet;
    private readonly IReadOnlySet<string> _activity;

    /// <param name="metricWordsSet">The phrase set holding engine.yaml's metricWords, or -1.</param>
    /// <param name="activityNouns">Nouns whose count measures effort, not outcome ("five workshops"): lexicons.yaml's activity-counts.</param>
    public MetricMatcher(int metricWordsSet, IReadOnlySet<string>? activityNouns = null)
    {
        _wordsSet = metricWordsSet;
        _activity = activityNouns ?? new HashSet<string>();
    }

    public override string Name => "@metric";

    public override string Description => "numbers, money, percentages, durations, counts, spelled-out numbers and the metricWords of engine.yaml";

    protected override List<TextSpan> FindCore(SectionText section)
    {
        var text = section.Text;
        var result = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var before = result.Count;
                i = ScanNumber(text, i, result);
                if (result.Count > before && CountsActivity(text, result[^1].End))
                {
                    result.RemoveAt(result.Count - 1);
                }
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                // Letters glued to digits (p99, ec2, k8s) name things; they do not measure them.
                if (i < text.Length && char.IsDigit(text[i]))
                {
                    while (i < text.Length && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    continue;
                }

                // A number word inside a term ("zero-day", "zero-shot", "one-off") names a thing.
                if (i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                    {
                        i++;
                    }

                    continue;
                }

                var word = text.AsSpan(start, i - start);
                if (IsNumberWord(word))
                {
                    if (!CountsActivity(text, i))
                    {
                        result.Add(new TextSpan(start, i - start));
                    }
                }
                else if (word.Equals("one", StringComparison.OrdinalIgnoreCase) && NextWord(text, i) is { } next && UnitsAfterOne.Contains(Singular(next.Word)))
                {
                    result.Add(new TextSpan(start, next.End - start));
                }
            }
            else
            {
                i++;
            }
        }

        if (_wordsSet >= 0 && section.PhraseMatches(_wordsSet) is { Count: > 0 } words)
        {
            result.AddRange(words);
            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return result;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsNumberWord(ReadOnlySpan<char> word) => NumberWordLookup.Contains(word);

    /// <summary>Is the number at <paramref name="end"/> followed (within three words) by a noun of effort: "ran five workshops", "12 senior stakeholders", "14 working group sessions"?</summary>
    private bool CountsActivity(string text, int end)
    {
        if (_activity.Count == 0)
        {
            return false;
        }

        var i = end;
        for (var w = 0; w < 3; w++)
        {
            if (NextWord(text, i) is not { } next)
            {
                return false;
            }

            if (_activity.Contains(next.Word))
            {
                return true;
            }

            i = next.End;
        }

        return false;
    }

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;

    private static (string Word, int End)? NextWord(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start ? (text[start..i], i) : null;
    }

    private static int ScanNumber(string text, int i, List<TextSpan> result)
    {
        var start = i;

        // Currency and approximation marks belong to the number: "$8K", "~2B", "-40%".
        while (start > 0 && text[start - 1] is '$' or '€' or '£' or '¥' or '~' or '≈' or '+' or '−' or '-' or '<' or '>')
        {
            start--;
        }

        if (start > 0 && char.IsLetter(text[start - 1]))
        {
            // Guarded by the caller for letter-first tokens; kept for a dash-glued identifier ("SHA-256").
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return i;
        }

        var digitsStart = i;
        while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        var digitsEnd = i;
        var hasDecoration = start < digitsStart;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '%'))
        {
            hasDecoration = true;
            i++;
        }

        // A bare year ("in 2023") dates the story; it does not quantify the result.
        var digits = text.AsSpan(digitsStart, digitsEnd - digitsStart);
        var isYear = !hasDecoration && digits.Length == 4 && (digits.StartsWith("19") || digits.StartsWith("20"));
        if (!isYear)
        {
            result.Add(new TextSpan(start, i - start));
        }

        return i;
    }
}

/// <summary><c>@i-subject</c>: the candidate as the grammatical subject ("I", "I'm", "I've", "I'd", "I'll").</summary>
internal sealed class ISubjectMatcher : CodeMatcher
{
    public override string Name => "@i-subject";

    public override string Description => "the first-person singular subject: I, I'm, I've, I'd, I'll, in either case (transcripts write \"i\"), outside quotes";

    private static bool IsContraction(ReadOnlySpan<char> tail) => tail is "m" or "ve" or "d" or "ll" or "M" or "VE" or "D" or "LL";

    protected override List<TextSpan> FindCore(SectionText text)
    {
        var result = new List<TextSpan>();
        var s = text.Text;
        foreach (var t in text.Tokens)
        {
            // "I" or "i" alone, or with 'm / 've / 'd / 'll: a transcript's lower-case "i" is the
            // candidate too. Not "i.e.", and not a list marker such as "(i)".
            if (s[t.Start] is 'I' or 'i' && (t.Length == 1 || (t.Length <= 4 && s[t.Start + 1] is '\'' or '’' && IsContraction(s.AsSpan(t.Start + 2, t.Length - 2))))
                && !IsAbbreviationOrMarker(s, t) && !text.InQuote(t.Start))
            {
                result.Add(new TextSpan(t.Start, t.Length));
            }
        }

        return result;
    }

    private static bool IsAbbreviationOrMarker(string s, Token t)
    {
        var end = t.Start + t.Length;
        if (t.Length == 1 && end + 1 < s.Length && s[end] == '.' && char.IsLetter(s[end + 1]))
        {
            return true; // i.e.
        }

        return t.Length == 1 && t.Start > 0 && s[t.Start - 1] == '(' && end < s.Length && s[end] == ')';
    }
}

/// <summary>Small pieces of English that rules share: negation cues and subject position.</summary>
internal static class Language
{
    private static readonly FrozenSet<string> NegationCues = new[]
    {
        "not", "no", "never", "without", "nobody", "none", "nothing", "neither", "nor", "cannot", "instead", "rather",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseBreakWords = new[]
    {
        "but", "however", "although", "though", "yet", "whereas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words after which a noun phrase starts a new clause, so "the team" there is a subject.
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "and", "but", "so", "then", "until", "when", "whenever", "after", "before", "because", "while", "once",
        "that", "which", "who", "where", "as", "since", "if", "although", "though", "eventually", "later",
        "finally", "together", "first", "next", "meanwhile", "now", "instead", "also", "soon", "afterwards",
        "initially", "ultimately", "unfortunately", "luckily", "yet", "or",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NominativePronouns = new[] { "we", "they", "i", "he", "she" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = NegationCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreakLookup = ClauseBreakWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NominativeLookup = NominativePronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// NegEx-style: is there a negation cue among the few words before <paramref name="start"/>,
    /// without crossing a sentence end, a comma, a dash or a "but"? ("I didn't just escalate")
    /// </summary>
    public static bool IsNegated(SectionText section, int start, int window = 4)
    {
        var text = section.Text;
        var i = start - 1;
        for (var w = 0; w < window; w++)
        {
            while (i >= 0 && text[i] is ' ' or '\t')
            {
                i--;
            }

            if (i < 0 || text[i] is '.' or '!' or '?' or ';' or ':' or ',' or '—' or '–' or '\n' or '(' or '"' or '“')
            {
                return false;
            }

            var end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '\'' or '’'))
            {
                i--;
            }

            if (end == i + 1)
            {
                // A lone hyphen used as a dash breaks the clause too ("escalate - I brought a fix").
                return false;
            }

            var word = text.AsSpan(i + 1, end - i - 1);
            if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (NegationLookup.Contains(word))
            {
                return true;
            }

            if (ClauseBreakLookup.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Is the match the subject of its clause? Nominative pronouns (we, they) always are; a noun
    /// phrase ("the team") is when it opens a clause and is not a possessive ("the team's").
    /// "I presented to the team" is therefore not we-language; "The team shipped it" is.
    /// </summary>
    public static bool IsSubjectPosition(SectionText section, TextSpan span)
    {
        var text = section.Text;
        var firstWordEnd = span.Start;
        while (firstWordEnd < span.End && char.IsLetter(text[firstWordEnd]))
        {
            firstWordEnd++;
        }

        var after = span.End;
        if (after + 1 < text.Length && text[after] is '\'' or '’' && text[after + 1] is 's' or 'S')
        {
            return false;
        }

        if (NominativeLookup.Contains(text.AsSpan(span.Start, firstWordEnd - span.Start)))
        {
            return true;
        }

        var i = span.Start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || !char.IsLetterOrDigit(text[i]))
        {
            return true; // start of text, or after punctuation / a line break / a dash
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return OpenerLookup.Contains(text.AsSpan(i + 1, end - i - 1));
    }
}
