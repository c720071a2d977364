using System.Text.RegularExpressions;

namespace InterviewPrep.Core.Scoring;

/// <summary>
/// One rule's list of patterns, compiled once at load. Plain phrases go into the rule set's shared
/// <see cref="PhraseIndex"/> (one walk over a section's words serves every rule); <c>/regex/</c>
/// entries become one compiled alternation; <c>@name</c> entries are code matchers.
/// </summary>
internal sealed class PatternSet
{
    /// <summary>Most expansions one phrase may produce; beyond it a coach almost certainly mistyped a group.</summary>
    private const int MaxExpansions = 50000;

    public static readonly PatternSet None = new(-1, [], [], []);

    private readonly int _phraseSet;
    private readonly Regex[] _regexes;
    private readonly CodeMatcher[] _matchers;

    private PatternSet(int phraseSet, Regex[] regexes, CodeMatcher[] matchers, IReadOnlyList<string> source)
    {
        _phraseSet = phraseSet;
        _regexes = regexes;
        _matchers = matchers;
        Source = source;
    }

    /// <summary>The patterns as written in the rule file.</summary>
    public IReadOnlyList<string> Source { get; }

    public bool IsEmpty => _phraseSet < 0 && _regexes.Length == 0 && _matchers.Length == 0;

    public static RegexOptions Options => RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    /// <summary>
    /// A generous ceiling for the few patterns the linear-time engine cannot run (lookarounds): one
    /// that backtracks catastrophically fails loudly instead of hanging a request. Every other pattern
    /// runs with <see cref="RegexOptions.NonBacktracking"/>, linear in the text, with no timeout, so a
    /// busy machine (a paused thread counts against a timeout) can never fail a score.
    /// </summary>
    public static TimeSpan Timeout => TimeSpan.FromSeconds(5);

    /// <summary>The linear-time engine's options: no backtracking, so no timeout is needed.</summary>
    private static RegexOptions LinearOptions => RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>
    /// Compiles <paramref name="patterns"/>; each bad entry is reported at its own line through
    /// <paramref name="error"/> and left out, so one typo does not hide the others.
    /// </summary>
    public static PatternSet Compile(IReadOnlyList<(string Text, int Line)> patterns, IReadOnlyDictionary<string, CodeMatcher> matchers, PhraseIndex.Builder phrases, Action<int, string> error, Lexicons? lexicons = null)
    {
        if (patterns.Count == 0)
        {
            return None;
        }

        var raws = new List<string>();
        var code = new List<CodeMatcher>();
        var expanded = new List<string[]>();
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
            else if (Expand(text, out var words, out var problem, lexicons))
            {
                expanded.AddRange(words);
            }
            else
            {
                error(line, $"pattern '{text}': {problem}");
            }
        }

        var set = -1;
        if (expanded.Count > 0)
        {
            set = phrases.NewSet();
            foreach (var words in expanded)
            {
                phrases.Add(set, words);
            }
        }

        var linear = raws.Where(SupportsLinear).ToList();
        var backtracking = raws.Except(linear).ToList();
        var regexes = new List<Regex>();
        if (linear.Count > 0)
        {
            regexes.Add(new Regex(Join(linear), LinearOptions, Regex.InfiniteMatchTimeout));
        }

        if (backtracking.Count > 0)
        {
            regexes.Add(new Regex(Join(backtracking), Options, Timeout));
        }

        return new PatternSet(set, [.. regexes], [.. code.Distinct()], [.. patterns.Select(p => p.Text)]);

        static string Join(List<string> raws) => string.Join("|", raws.Select(r => "(?:" + r + ")"));
    }

    /// <summary>Can the linear-time engine run this pattern (no lookarounds, backreferences or atomic groups)?</summary>
    private static bool SupportsLinear(string raw)
    {
        try
        {
            _ = new Regex(raw, LinearOptions);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Expands a phrase into word sequences. Words match whole words, case-insensitively; "*" is
    /// any one word; "(a|b c)" is a choice of words and "(a|b)?" an optional one:
    /// "they (then|later)? (fixed|handled) it" gives six phrases.
    /// </summary>
    internal static bool Expand(string phrase, out List<string[]> result, out string problem, Lexicons? lexicons = null)
    {
        result = [[]];
        problem = "";
        var i = 0;
        while (i < phrase.Length)
        {
            if (char.IsWhiteSpace(phrase[i]))
            {
                i++;
                continue;
            }

            List<string[]> choices;
            if (phrase[i] == '(')
            {
                var close = phrase.IndexOf(')', i);
                if (close < 0)
                {
                    problem = "a '(' has no matching ')'";
                    return false;
                }

                choices = [.. phrase[(i + 1)..close].Split('|').Select(a => a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
                i = close + 1;
                if (i < phrase.Length && phrase[i] == '?')
                {
                    choices.Add([]);
                    i++;
                }

                if (choices.Any(c => c.Length == 0) && choices.Count(c => c.Length == 0) == choices.Count)
                {
                    problem = "a group needs at least one word";
                    return false;
                }
            }
            else
            {
                var end = i;
                while (end < phrase.Length && !char.IsWhiteSpace(phrase[end]) && phrase[end] != '(')
                {
                    end++;
                }

                choices = [[phrase[i..end]]];
                i = end;
            }

            // $class and ~word expand inside any choice: "(my|the) $boss ~$prompt-verb".
            var resolved = new List<string[]>();
            foreach (var choice in choices)
            {
                var alternatives = new List<string[]> { Array.Empty<string>() };
                foreach (var item in choice)
                {
                    if (!ResolveWord(item, lexicons, out var forms, out problem))
                    {
                        return false;
                    }

                    alternatives = [.. alternatives.SelectMany(prefix => forms.Select(f => prefix.Concat(f).ToArray()))];
                }

                resolved.AddRange(alternatives);
            }

            choices = resolved;
            foreach (var word in choices.SelectMany(c => c))
            {
                if (word != "*" && !IsWord(word))
                {
                    problem = $"'{word}' is not a word (letters and digits, with ' or - inside); use /regex/ for anything else";
                    return false;
                }
            }

            result = [.. result.SelectMany(prefix => choices.Select(c => prefix.Concat(c.Select(Normalise)).ToArray()))];
            if (result.Count > MaxExpansions)
            {
                problem = $"its groups expand to more than {MaxExpansions} phrases";
                return false;
            }
        }

        result.RemoveAll(r => r.Length == 0);
        if (result.Count == 0)
        {
            problem = "it has no words";
            return false;
        }

        return true;
    }

    /// <summary>One pattern word as the word sequences it stands for: itself, a lexicon class, or inflections.</summary>
    private static bool ResolveWord(string item, Lexicons? lexicons, out List<string[]> forms, out string problem)
    {
        problem = "";
        var inflect = item.StartsWith('~');
        var name = inflect ? item[1..] : item;
        IEnumerable<string> entries = [name];
        if (name.StartsWith('$'))
        {
            if (lexicons is null || !lexicons.TryGet(name[1..], out var list))
            {
                forms = [];
                problem = $"unknown word class '{name}' (known: {string.Join(", ", (lexicons?.Names ?? []).Order(StringComparer.Ordinal).Select(n => "$" + n))})";
                return false;
            }

            entries = list;
        }

        forms = [];
        foreach (var entry in entries)
        {
            var words = entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            // Inflection applies to the head word of an entry: "~pass on" gives "passed on".
            var heads = inflect ? Lexicons.Inflect(words[0]) : [words[0]];
            forms.AddRange(heads.Select(h => (string[])[h, .. words[1..]]));
        }

        return true;
    }

    // A trailing apostrophe ("other teams'") is punctuation to the tokenizer, so it is dropped here too.
    private static string Normalise(string word) => word == "*" ? word : word.Trim('\'', '’');

    private static bool IsWord(string word)
    {
        var w = Normalise(word);
        if (w.Length == 0 || !char.IsLetterOrDigit(w[0]) || !char.IsLetterOrDigit(w[^1]))
        {
            return false;
        }

        return w.All(c => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-');
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
        if (_regexes.Length == 0 && _matchers.Length == 0)
        {
            // Phrases only: the index's own list is already sorted and merged; callers only read it.
            return _phraseSet >= 0 ? text.PhraseList(_phraseSet) : [];
        }

        var result = _phraseSet >= 0 ? new List<TextSpan>(text.PhraseMatches(_phraseSet)) : [];
        var sources = result.Count > 0 ? 1 : 0;
        foreach (var regex in _regexes)
        {
            var before = result.Count;
            foreach (var m in regex.EnumerateMatches(text.Text))
            {
                result.Add(new TextSpan(m.Index, m.Length));
            }

            sources += result.Count > before ? 1 : 0;
        }

        foreach (var matcher in _matchers)
        {
            var found = matcher.Find(text);
            result.AddRange(found);
            sources += found.Count > 0 ? 1 : 0;
        }

        if (sources <= 1)
        {
            return result;
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

    /// <summary>Any match wholly inside <paramref name="range"/>? Matches are sorted by start, so a binary search finds the first candidate.</summary>
    public bool AnyWithin(SectionText text, TextSpan range)
    {
        var found = Find(text);
        int lo = 0, hi = found.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (found[mid].Start < range.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = lo; i < found.Count && found[i].Start < range.End; i++)
        {
            if (found[i].End <= range.End)
            {
                return true;
            }
        }

        return false;
    }
}
