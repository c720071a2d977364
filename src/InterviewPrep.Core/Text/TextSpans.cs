namespace InterviewPrep.Core.Text;

/// <summary>A marked range of a text, in UTF-16 units, with a caller-defined tag.</summary>
public readonly record struct MarkedSpan<T>(int Start, int Length, T Tag)
{
    public int End => Start + Length;
}

/// <summary>A run of text that is either plain or carries the tags of the spans covering it.</summary>
public sealed record TextSegment<T>(string Text, IReadOnlyList<T> Tags)
{
    public bool IsMarked => Tags.Count > 0;
}

/// <summary>
/// Cuts a text into plain and marked segments so a page can wrap exactly the flagged words
/// (key phrases, weak-answer problems, scoring findings) while rendering everything as text.
/// </summary>
public static class TextSpans
{
    /// <summary>Finds each phrase (ignoring case) at its first occurrence not already taken.</summary>
    public static IReadOnlyList<MarkedSpan<T>> FindPhrases<T>(string text, IEnumerable<(string Phrase, T Tag)> phrases)
    {
        var spans = new List<MarkedSpan<T>>();
        foreach (var (phrase, tag) in phrases)
        {
            if (string.IsNullOrEmpty(phrase))
            {
                continue;
            }

            var from = 0;
            while (from <= text.Length)
            {
                var at = text.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                if (!spans.Any(s => at < s.End && s.Start < at + phrase.Length))
                {
                    spans.Add(new MarkedSpan<T>(at, phrase.Length, tag));
                    break;
                }

                from = at + 1;
            }
        }

        return spans;
    }

    /// <summary>
    /// Splits <paramref name="text"/> at every span boundary; overlapping spans give segments with
    /// several tags. Spans outside the text are clipped.
    /// </summary>
    public static IReadOnlyList<TextSegment<T>> Segment<T>(string text, IEnumerable<MarkedSpan<T>> spans)
    {
        var list = spans
            .Select(s => new MarkedSpan<T>(Math.Clamp(s.Start, 0, text.Length), Math.Max(0, Math.Min(s.End, text.Length) - Math.Clamp(s.Start, 0, text.Length)), s.Tag))
            .Where(s => s.Length > 0)
            .ToList();
        if (list.Count == 0)
        {
            return text.Length == 0 ? [] : [new TextSegment<T>(text, [])];
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var s in list)
        {
            cuts.Add(s.Start);
            cuts.Add(s.End);
        }

        var segments = new List<TextSegment<T>>();
        var points = cuts.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            var tags = list.Where(s => s.Start <= a && s.End >= b).Select(s => s.Tag).ToList();
            segments.Add(new TextSegment<T>(text[a..b], tags));
        }

        return segments;
    }

    /// <summary>
    /// Whether a candidate's own words contain a key phrase: exact (ignoring case), or every word
    /// of the phrase present, so "I took ownership of it" ticks "took ownership".
    /// </summary>
    public static bool Covers(string said, string phrase)
    {
        if (said.Contains(phrase, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var saidWords = Words(said).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var phraseWords = Words(phrase).ToList();
        return phraseWords.Count > 0 && phraseWords.All(saidWords.Contains);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(static c => !(char.IsLetterOrDigit(c) || c is '%' or '$' or '.'), StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.'))
            .Where(w => w.Length > 0);

    private static string[] Split(this string text, Func<char, bool> isSeparator, StringSplitOptions options)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                var part = text[start..i];
                if (!(options.HasFlag(StringSplitOptions.RemoveEmptyEntries) && part.Length == 0))
                {
                    parts.Add(part);
                }

                start = i + 1;
            }
        }

        return [.. parts];
    }
}
