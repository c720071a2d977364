using System.Text;
using System.Text.RegularExpressions;

namespace InterviewPrep.Core.Scoring;

/// <summary>
/// One rule's list of patterns (plain phrases, /regex/ and @matchers) compiled once at load into a
/// single case-insensitive alternation plus the named code matchers. Merging a word list into one
/// compiled regex keeps a scan linear in the text, whatever the length of the list.
/// </summary>
internal sealed class PatternSet
{
    /// <summary>Letters and digits on either side of a phrase make it part of another word ("we" in "were").</summary>
    private const string Before = @"(?<![\p{L}\p{N}_])";
    private const string After = @"(?![\p{L}\p{N}_])";
    private const string AnyWord = @"[\p{L}\p{N}'’\-]+";

    public static readonly PatternSet None = new(null, [], []);

    private readonly Regex? _regex;
    private readonly CodeMatcher[] _matchers;

    private PatternSet(Regex? regex, CodeMatcher[] matchers, IReadOnlyList<string> source)
    {
        _regex = regex;
        _matchers = matchers;
        Source = source;
    }

    /// <summary>The patterns as written in the rule file.</summary>
    public IReadOnlyList<string> Source { get; }

    public bool IsEmpty => _regex is null && _matchers.Length == 0;

    public static RegexOptions Options => RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    /// <summary>A generous ceiling: a pattern that backtracks catastrophically fails loudly instead of hanging a request.</summary>
    public static TimeSpan Timeout => TimeSpan.FromSeconds(1);

    /// <summary>
    /// Compiles <paramref name="patterns"/>; each bad entry is reported at its own line through
    /// <paramref name="error"/> and left out, so one typo does not hide the others.
    /// </summary>
    public static PatternSet Compile(IReadOnlyList<(string Text, int Line)> patterns, IReadOnlyDictionary<string, CodeMatcher> matchers, Action<int, string> error)
    {
        if (patterns.Count == 0)
        {
            return None;
        }

        var phrases = new List<string>();
        var raws = new List<string>();
        var code = new List<CodeMatcher>();
        foreach (var (text, line) in patterns)
        {
            if (text.StartsWith('@'))
            {
                if (matchers.TryGetValue(text, out var matcher))
                {
                    code.Add(matcher);
                }
                else
                {
                    error(line, $"unknown matcher '{text}' (known: {string.Join(", ", matchers.Keys.Order(StringComparer.Ordinal))})");
                }
            }
            else if (text.Length > 2 && text.StartsWith('/') && text.EndsWith('/'))
            {
                var raw = text[1..^1];
                if (Check(raw, line, error))
                {
                    raws.Add(raw);
                }
            }
            else if (!text.Any(char.IsLetterOrDigit))
            {
                error(line, $"pattern '{text}' has no letter or digit, so it would match punctuation only");
            }
            else
            {
                phrases.Add(PhraseToRegex(text));
            }
        }

        Regex? regex = null;
        var alternatives = new List<string>();
        if (phrases.Count > 0)
        {
            // Longest first: at one position the first alternative that fits wins, and "the whole
            // team" must beat "the team".
            alternatives.Add(Before + "(?:" + string.Join("|", phrases.Distinct().OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)) + ")" + After);
        }

        alternatives.AddRange(raws.Select(r => "(?:" + r + ")"));
        if (alternatives.Count > 0)
        {
            regex = new Regex(string.Join("|", alternatives), Options, Timeout);
        }

        return new PatternSet(regex, [.. code.Distinct()], [.. patterns.Select(p => p.Text)]);
    }

    /// <summary>
    /// A plain phrase: words match case-insensitively with any run of whitespace between them,
    /// an apostrophe matches ' or ’, and a lone * stands for exactly one word.
    /// </summary>
    internal static string PhraseToRegex(string phrase)
    {
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(@"\s+");
            }

            if (words[i] == "*")
            {
                sb.Append(AnyWord);
                continue;
            }

            foreach (var c in words[i])
            {
                sb.Append(c is '\'' or '’' ? "['’]" : Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }

    private static bool Check(string raw, int line, Action<int, string> error)
    {
        try
        {
            var regex = new Regex(raw, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);
            if (regex.IsMatch(""))
            {
                error(line, $"pattern /{raw}/ can match empty text, so it would fire everywhere");
                return false;
            }

            return true;
        }
        catch (ArgumentException ex)
        {
            error(line, $"invalid regular expression /{raw}/: {ex.Message}");
            return false;
        }
    }

    /// <summary>All matches in the section, in order, with overlapping matches of different sources merged away.</summary>
    public List<TextSpan> Find(SectionText text) => text.Cached(this, FindCore);

    private List<TextSpan> FindCore(SectionText text)
    {
        var result = new List<TextSpan>();
        if (_regex is not null)
        {
            foreach (var m in _regex.EnumerateMatches(text.Text))
            {
                result.Add(new TextSpan(m.Index, m.Length));
            }
        }

        if (_matchers.Length == 0)
        {
            return result;
        }

        foreach (var matcher in _matchers)
        {
            result.AddRange(matcher.Find(text));
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<TextSpan>(result.Count);
        foreach (var span in result)
        {
            if (merged.Count == 0 || !merged[^1].Overlaps(span))
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    public bool AnyOverlapping(SectionText text, TextSpan span)
    {
        foreach (var m in Find(text))
        {
            if (m.Overlaps(span))
            {
                return true;
            }

            if (m.Start >= span.End)
            {
                break;
            }
        }

        return false;
    }

    public bool AnyWithin(SectionText text, TextSpan range)
    {
        foreach (var m in Find(text))
        {
            if (m.Start >= range.Start && m.End <= range.End)
            {
                return true;
            }
        }

        return false;
    }
}
