namespace InterviewPrep.Core.Scoring;

/// <summary>A half-open range [Start, Start + Length) of a section's text.</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}

/// <summary>A word of a section: letters and digits, with inner apostrophes and hyphens ("didn't", "ready-to-merge").</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length in UTF-16 units.</param>
/// <param name="JoinedToPrevious">True when only whitespace separates it from the previous word, so a phrase may continue across.</param>
/// <param name="StartsWord">True when whitespace precedes it: "0.3%" or "I/O" is one spoken word made of two tokens.</param>
internal readonly record struct Token(int Start, int Length, bool JoinedToPrevious, bool StartsWord);

/// <summary>
/// One section's text with the structure every rule needs (quoted speech, sentences, words),
/// computed lazily once per Score call and shared by all rules, so rules themselves hold no
/// per-call state and the scorer stays thread-safe.
/// </summary>
internal sealed class SectionText
{
    private List<TextSpan>? _quotes;
    private List<TextSpan>? _sentences;
    private List<int>? _wordStarts;
    private Dictionary<object, List<TextSpan>>? _matcherCache;
    private List<Token>? _tokens;
    private List<TextSpan>[]? _phraseMatches;
    private readonly PhraseIndex? _index;

    public SectionText(StarSection section, string text, PhraseIndex? index = null)
    {
        Section = section;
        Text = text;
        _index = index;
    }

    public IReadOnlyList<Token> Tokens => _tokens ??= Tokenise(Text);

    /// <summary>Matches of the phrases of pattern set <paramref name="set"/> (one trie walk serves every set).</summary>
    public IReadOnlyList<TextSpan> PhraseMatches(int set)
    {
        if (_index is null)
        {
            return [];
        }

        _phraseMatches ??= _index.Match(this);
        return set < _phraseMatches.Length ? (IReadOnlyList<TextSpan>?)_phraseMatches[set] ?? [] : [];
    }

    public StarSection Section { get; }

    public string Text { get; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>Start offsets of spoken words (whitespace-separated tokens with a letter or digit).</summary>
    public IReadOnlyList<int> WordStarts => _wordStarts ??= [.. Tokens.Where(t => t.StartsWord).Select(t => t.Start)];

    public IReadOnlyList<TextSpan> Sentences => _sentences ??= FindSentences(Text);

    /// <summary>Is <paramref name="position"/> inside quoted speech? Binary search: quotes are sorted and disjoint.</summary>
    public bool InQuote(int position)
    {
        _quotes ??= FindQuotes(Text);
        var q = _quotes;
        int lo = 0, hi = q.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (position < q[mid].Start)
            {
                hi = mid - 1;
            }
            else if (position >= q[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence containing <paramref name="position"/> (binary search over the sentences, computed once).</summary>
    public TextSpan SentenceAt(int position)
    {
        var s = Sentences;
        int lo = 0, hi = s.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (position >= s[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo < s.Count ? s[lo] : new TextSpan(0, Text.Length);
    }

    /// <summary>Content words (lower case, crude stem) for specificity and duplicate checks, computed once.</summary>
    public IReadOnlyList<string> Words => _words ??= [.. Tokens.Select(t => Stem(Text.AsSpan(t.Start, t.Length)))];

    private List<string>? _words;

    /// <summary>Lower case with a plural/past/gerund ending trimmed, so "alerts", "alerting" and "alert" meet.</summary>
    internal static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var w = word[..buffer.Length];
        w.ToLowerInvariant(buffer);
        var len = buffer.Length;
        var s = buffer[..len];
        if (len > 5 && s.EndsWith("ing"))
        {
            len -= 3;
        }
        else if (len > 4 && s.EndsWith("ed"))
        {
            len -= 2;
        }
        else if (len > 4 && s.EndsWith("es"))
        {
            len -= 2;
        }
        else if (len > 3 && s[^1] == 's' && s[^2] != 's')
        {
            len -= 1;
        }

        return new string(buffer[..len]).Replace('’', '\'');
    }

    /// <summary>Matches of a code matcher, computed once per section and call (several rules share @metric).</summary>
    public List<TextSpan> Cached(object matcher, Func<SectionText, List<TextSpan>> find)
    {
        _matcherCache ??= [];
        if (!_matcherCache.TryGetValue(matcher, out var spans))
        {
            spans = find(this);
            _matcherCache[matcher] = spans;
        }

        return spans;
    }

    private static List<Token> Tokenise(string text)
    {
        var result = new List<Token>(text.Length / 5);
        var i = 0;
        var lastEnd = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            var joined = true;
            var spaced = result.Count == 0;
            for (var k = lastEnd; k < start; k++)
            {
                if (char.IsWhiteSpace(text[k]))
                {
                    spaced = true;
                }
                else
                {
                    joined = false;
                }
            }

            result.Add(new Token(start, i - start, joined && result.Count > 0, spaced));
            lastEnd = i;
        }

        return result;
    }

    /// <summary>
    /// Sentences end at . ! ? followed by whitespace (so "0.3%" and "e.g.x" do not split) and at
    /// line breaks, because bullet lists put one step per line without full stops.
    /// </summary>
    private static List<TextSpan> FindSentences(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
            {
                end = i + 1;
            }
            else if (c is '.' or '!' or '?' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or '’' or '\'' or ')'))
            {
                end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')')
                {
                    end++;
                }
            }

            if (end > 0)
            {
                result.Add(new TextSpan(start, end - start));
                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            result.Add(new TextSpan(start, text.Length - start));
        }

        return result;
    }

    /// <summary>
    /// Quoted speech: "…", “…”, and '…'/‘…’ where the single mark is not an apostrophe (an
    /// apostrophe has a letter on both sides, or ends a plural possessive with no open quote).
    /// Checkers that lint quotations annoy users: a quoted "we" is someone else's words.
    /// </summary>
    private static List<TextSpan> FindQuotes(string text)
    {
        var result = new List<TextSpan>();
        var openDouble = -1;
        var openSingle = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '“':
                    openDouble = i;
                    break;
                case '”':
                    if (openDouble >= 0)
                    {
                        result.Add(new TextSpan(openDouble, i - openDouble + 1));
                        openDouble = -1;
                    }

                    break;
                case '"':
                    if (openDouble >= 0)
                    {
                        result.Add(new TextSpan(openDouble, i - openDouble + 1));
                        openDouble = -1;
                    }
                    else
                    {
                        openDouble = i;
                    }

                    break;
                case '\'' or '‘' or '’':
                    var before = i > 0 ? text[i - 1] : ' ';
                    var after = i + 1 < text.Length ? text[i + 1] : ' ';
                    if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                    {
                        break; // apostrophe: don't, team's
                    }

                    if (openSingle < 0 && c != '’' && !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after))
                    {
                        openSingle = i;
                    }
                    else if (openSingle >= 0 && c != '‘' && !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after))
                    {
                        result.Add(new TextSpan(openSingle, i - openSingle + 1));
                        openSingle = -1;
                    }

                    break;
                case '\n' when i + 1 < text.Length && text[i + 1] == '\n':
                    // A quote never runs across a paragraph: an unmatched mark must not swallow the rest.
                    openDouble = -1;
                    openSingle = -1;
                    break;
            }
        }

        return result;
    }
}
