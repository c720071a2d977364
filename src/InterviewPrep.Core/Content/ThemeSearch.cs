using System.Text;
using System.Text.RegularExpressions;

namespace InterviewPrep.Core.Content;

/// <summary>A theme found by <see cref="ThemeSearch"/>, with where its words were found.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Snippet">
/// A short passage around the first hit when the words were found in the theme's body rather than
/// its name or tagline (so the reader sees why it matched); null otherwise.
/// </param>
public sealed record ThemeMatch(Theme Theme, string? Snippet);

/// <summary>
/// Finds themes by words anywhere in them: name, tagline, company, and the whole body (about,
/// what is evaluated, prompts, sample answers and their notes, pitfalls, follow-up strategies,
/// level notes). Every word of the query must occur (ignoring case, as part of a word, so
/// "metric" finds "metrics"). The texts are flattened once; the catalog is immutable.
/// </summary>
public sealed partial class ThemeSearch
{
    private const int SnippetRadius = 60;

    private readonly IReadOnlyList<(Theme Theme, string Head, string Body)> _entries;

    /// <summary>Indexes every theme of the catalog.</summary>
    public ThemeSearch(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _entries = [.. catalog.Themes.Select(t => (t, Head(t, catalog), Body(t)))];
    }

    /// <summary>
    /// The themes matching every word of <paramref name="query"/>: those whose name, tagline or
    /// company hold every word first, then those found through their body, each in catalog order
    /// (all of them, in catalog order, for an empty query).
    /// </summary>
    public IReadOnlyList<ThemeMatch> Find(string? query)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [.. _entries.Select(e => new ThemeMatch(e.Theme, null))];
        }

        var found = new List<ThemeMatch>();
        foreach (var (theme, head, body) in _entries)
        {
            if (!words.All(w => head.Contains(w, StringComparison.OrdinalIgnoreCase) || body.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var inBody = words.FirstOrDefault(w => !head.Contains(w, StringComparison.OrdinalIgnoreCase));
            found.Add(new ThemeMatch(theme, inBody is null ? null : Snippet(body, inBody)));
        }

        // Stable: catalog order within each kind of hit.
        return [.. found.OrderBy(m => m.Snippet is null ? 0 : 1)];
    }

    private static string Head(Theme t, ContentCatalog catalog) =>
        string.Join('\n', t.Name, t.Tagline, catalog.Company(t.CompanyId)?.Name ?? "");

    private static string Body(Theme t)
    {
        var text = new StringBuilder();
        void Add(string s) => text.Append(Flatten(s)).Append(" · ");

        Add(t.About);
        t.Evaluates.ToList().ForEach(Add);
        t.Prompts.ToList().ForEach(Add);
        foreach (var sample in t.Samples)
        {
            Add(sample.Title);
            sample.Sections.Values.ToList().ForEach(Add);
            sample.Notes.ToList().ForEach(Add);
        }

        t.Pitfalls.ToList().ForEach(Add);
        t.FollowUpStrategies.ToList().ForEach(Add);
        t.LevelNotes.Values.ToList().ForEach(Add);
        return text.ToString();
    }

    // Markdown emphasis and line breaks would show in a snippet and split phrases.
    private static string Flatten(string s) => Whitespace().Replace(s.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal), " ").Trim();

    private static string Snippet(string body, string word)
    {
        var at = body.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - SnippetRadius);
        var end = Math.Min(body.Length, at + word.Length + SnippetRadius);

        // Whole words at the edges, and no separator left dangling.
        while (start > 0 && start < at && !char.IsWhiteSpace(body[start - 1]))
        {
            start++;
        }

        while (end < body.Length && end > at + word.Length && !char.IsWhiteSpace(body[end]))
        {
            end--;
        }

        var passage = body[start..end].Trim(' ', '·');
        return (start > 0 ? "…" : "") + passage + (end < body.Length ? "…" : "");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
