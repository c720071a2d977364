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
    private Dictionary<object, object>? _memo;
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

    /// <summary>The same matches as <see cref="PhraseMatches"/> as the index's own list (never modify it).</summary>
    public List<TextSpan> PhraseList(int set)
    {
        if (_index is null)
        {
            return [];
        }

        _phraseMatches ??= _index.Match(this);
        return set < _phraseMatches.Length ? _phraseMatches[set] ?? (_phraseMatches[set] = []) : [];
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

    /// <summary>
    /// Each token's stem (lower case, crude stem, see <see cref="Stem"/>) as a 64-bit FNV-1a key, for
    /// the specificity and duplicate checks, computed once and without allocating a string per word.
    /// Two different stems sharing a key is a 1-in-2^64 event per pair.
    /// </summary>
    public long[] StemKeys => _stemKeys ??= BuildStemKeys();

    /// <summary>Per token: is its stem a content word (three letters or more, or holding a digit)?</summary>
    public bool[] ContentWord
    {
        get
        {
            if (_contentWord is null)
            {
                _ = StemKeys;
            }

            return _contentWord!;
        }
    }

    private long[]? _stemKeys;
    private bool[]? _contentWord;

    private long[] BuildStemKeys()
    {
        var tokens = Tokens;
        var keys = new long[tokens.Count];
        var content = new bool[tokens.Count];
        Span<char> buffer = stackalloc char[64];
        for (var k = 0; k < tokens.Count; k++)
        {
            var stem = StemInto(Text.AsSpan(tokens[k].Start, tokens[k].Length), buffer);
            var hash = unchecked((long)14695981039346656037UL);
            var digit = false;
            foreach (var c in stem)
            {
                hash = unchecked((hash ^ c) * 1099511628211L);
                digit |= char.IsAsciiDigit(c) || char.IsDigit(c);
            }

            keys[k] = hash;
            content[k] = stem.Length >= 3 || digit;
        }

        _contentWord = content;
        return keys;
    }

    /// <summary>
    /// Distinct word trigrams, each folded into one 64-bit key of its three stems, computed once per
    /// section: the duplicate check compares every pair of sections, so building them per pair (as
    /// tuples of strings) was most of the scorer's time on long stories.
    /// </summary>
    public IReadOnlySet<long> Trigrams => _trigrams ??= BuildTrigrams(StemKeys);

    private HashSet<long>? _trigrams;

    private static HashSet<long> BuildTrigrams(long[] keys)
    {
        var set = new HashSet<long>(Math.Max(0, keys.Length - 2));
        for (var i = 0; i + 2 < keys.Length; i++)
        {
            set.Add(unchecked(((keys[i] * 31) ^ keys[i + 1]) * 1099511628211L ^ keys[i + 2]));
        }

        return set;
    }

    /// <summary>Lower case with a plural/past/gerund ending trimmed, so "alerts", "alerting" and "alert" meet.</summary>
    internal static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[64];
        return new string(StemInto(word, buffer));
    }

    /// <summary><see cref="Stem"/> written into <paramref name="buffer"/> (64 chars): the stem's span, no allocation.</summary>
    private static ReadOnlySpan<char> StemInto(ReadOnlySpan<char> word, Span<char> buffer)
    {
        buffer = buffer[..Math.Min(word.Length, 64)];
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

        var stem = buffer[..len];
        stem.Replace('’', '\'');
        return stem;
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

    /// <summary>
    /// Any other result computed once per section and call: the level meter's four fact matchers
    /// share one fact extraction of the section instead of running it four times.
    /// </summary>
    public T Memo<T>(object key, Func<SectionText, T> compute)
        where T : class
    {
        _memo ??= [];
        if (!_memo.TryGetValue(key, out var value))
        {
            value = compute(this);
            _memo[key] = value;
        }

        return (T)value;
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
