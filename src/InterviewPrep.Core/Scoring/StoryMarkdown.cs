using System.Text;
using System.Text.RegularExpressions;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Stories;

namespace InterviewPrep.Core.Scoring;

/// <summary>A parsed story file: the story, plus what is needed to point back into the file.</summary>
public sealed record StoryDocument
{
    private readonly int[] _lineStarts;
    private readonly IReadOnlyDictionary<StarSection, List<int>> _escapes;

    internal StoryDocument(string file, string text, StarStory story, IReadOnlyDictionary<StarSection, int> offsets, IReadOnlyDictionary<StarSection, int> headingLines, IReadOnlyDictionary<string, IReadOnlyList<string>> extra, IReadOnlyDictionary<StarSection, List<int>> escapes)
    {
        _escapes = escapes;
        File = file;
        Text = text;
        Story = story;
        Offsets = offsets;
        HeadingLines = headingLines;
        Extra = extra;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The file name given to the parser (used in messages).</summary>
    public string File { get; }

    /// <summary>The file's text with line endings normalised to \n.</summary>
    public string Text { get; }

    public StarStory Story { get; }

    /// <summary>Where each present section's text starts in <see cref="Text"/>.</summary>
    public IReadOnlyDictionary<StarSection, int> Offsets { get; }

    /// <summary>1-based line of each present section's heading.</summary>
    public IReadOnlyDictionary<StarSection, int> HeadingLines { get; }

    /// <summary>Front-matter keys the caller allowed beyond title/level/principle(s), as texts.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Extra { get; }

    /// <summary>
    /// 1-based line and column in the file of <paramref name="offset"/> within a section's text;
    /// (heading line, 1) for an empty section, (0, 0) for a section the file does not have.
    /// </summary>
    public (int Line, int Column) Locate(StarSection section, int offset)
    {
        if (!Offsets.TryGetValue(section, out var start))
        {
            return (0, 0);
        }

        if (Story.Text(section).Length == 0)
        {
            return (HeadingLines[section], 1);
        }

        // Each '\' taken off an escaped heading-like line sits in the file before the text after it.
        var absolute = start + offset + (_escapes.TryGetValue(section, out var escapes) ? escapes.Count(e => e <= offset) : 0);
        var line = Array.BinarySearch(_lineStarts, absolute);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, absolute - _lineStarts[line] + 1);
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return "";
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end];
    }
}

/// <summary>The outcome of parsing a story file: a document, or located errors.</summary>
public sealed record StoryParseResult(StoryDocument? Document, IReadOnlyList<ContentError> Errors)
{
    public bool Ok => Document is not null && Errors.Count == 0;
}

/// <summary>
/// The story file format shared by the CLI and the web app's import/export: Markdown with optional
/// YAML front matter (<c>title</c>, <c>company</c>, <c>level</c>, <c>principle</c> or <c>principles</c>) and the sections
/// as <c>## Situation</c> ... <c>## Reflection</c> headings (case-insensitive).
/// </summary>
public static partial class StoryMarkdown
{
    private static readonly string[] KnownKeys = ["title", "level", "principle", "principles", "company"];

    [GeneratedRegex(@"^(#{1,6})[ \t]+(.*?)[ \t#]*$")]
    private static partial Regex Heading();

    // A section line that would read as a heading ("## Action", "# Notes") is written with a
    // backslash in front, as Markdown escapes it; a line that already starts with backslashes and
    // then looks like a heading gets one more, so reading takes exactly one off and nothing else.
    [GeneratedRegex(@"^(\\*#{1,6}[ \t])", RegexOptions.Multiline)]
    private static partial Regex HeadingLike();

    /// <summary>
    /// Parses a story file. Problems (unclosed or invalid front matter, unknown keys, a repeated
    /// section, no STAR section at all) come back as errors with file and line, never as exceptions.
    /// </summary>
    /// <param name="text">The file's content.</param>
    /// <param name="file">Name used in error messages.</param>
    /// <param name="extraKeys">Front-matter keys to accept and return in <see cref="StoryDocument.Extra"/>.</param>
    public static StoryParseResult Parse(string text, string file = "story.md", IReadOnlyCollection<string>? extraKeys = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<ContentError>();
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        var title = "";
        var company = "";
        var level = Level.Sde2;
        var principles = new List<string>();
        var extra = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var bodyStart = 0;
        var bodyLine = 1;
        if (text.StartsWith("---\n", StringComparison.Ordinal) || text == "---")
        {
            var close = FindClosingFence(text);
            if (close < 0)
            {
                errors.Add(new ContentError(file, 1, "front matter starts with '---' but has no closing '---' line"));
                return new StoryParseResult(null, errors);
            }

            var yaml = text[4..Math.Max(4, close)];
            bodyStart = text.IndexOf('\n', close) is var nl and >= 0 ? nl + 1 : text.Length;
            bodyLine = 1 + text.AsSpan(0, bodyStart).Count('\n');
            ReadFrontMatter(yaml, file, errors, extraKeys ?? [], ref title, ref company, ref level, principles, extra);
        }

        var offsets = new Dictionary<StarSection, int>();
        var headingLines = new Dictionary<StarSection, int>();
        var sections = new Dictionary<StarSection, string>();
        var escapes = new Dictionary<StarSection, List<int>>();
        StarSection? current = null;
        var currentStart = 0;
        var lineNo = bodyLine;
        var pos = bodyStart;
        while (pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[pos..end];
            var m = Heading().Match(line);
            if (m.Success)
            {
                var depth = m.Groups[1].Length;
                var name = m.Groups[2].Value.Trim().TrimEnd(':').Trim();
                var section = default(StarSection);
                var isSection = depth <= 3 && StarNames.TryParseSection(name, out section);
                if (isSection || depth <= 2)
                {
                    Close(current, currentStart, pos);
                    current = null;
                }

                if (isSection)
                {
                    if (headingLines.TryGetValue(section, out var first))
                    {
                        errors.Add(new ContentError(file, lineNo, $"section '{name}' appears twice (first on line {first}); merge them into one"));
                    }
                    else
                    {
                        current = section;
                        currentStart = Math.Min(end + 1, text.Length);
                        headingLines[section] = lineNo;
                    }
                }
                else if (depth == 1 && title.Length == 0 && sections.Count == 0 && current is null)
                {
                    title = name;
                }
            }

            pos = end + 1;
            lineNo++;
        }

        Close(current, currentStart, text.Length);

        if (headingLines.Count == 0)
        {
            errors.Add(new ContentError(file, 0, "no STAR sections found: write them as Markdown headings '## Situation', '## Task', '## Action', '## Result', '## Reflection'"));
        }

        if (errors.Count > 0)
        {
            return new StoryParseResult(null, errors);
        }

        var story = new StarStory { Title = title, Company = company, Level = level, Principles = principles, Sections = sections };
        return new StoryParseResult(new StoryDocument(file, text, story, offsets, headingLines, extra, escapes), []);

        void Close(StarSection? section, int start, int end)
        {
            if (section is not { } s)
            {
                return;
            }

            // Keep the section text an exact substring of the file, so finding offsets map back to lines.
            var raw = text[start..Math.Max(start, end)];
            var lead = raw.Length - raw.TrimStart().Length;
            sections[s] = Unescape(raw.Trim(), out var removed);
            offsets[s] = start + lead;
            if (removed.Count > 0)
            {
                escapes[s] = removed;
            }
        }
    }

    /// <summary>Takes one '\' off each escaped heading-like line; <paramref name="removed"/> gets where, in the result.</summary>
    private static string Unescape(string text, out List<int> removed)
    {
        removed = [];
        if (!text.Contains('\\'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var line = end < 0 ? text[pos..] : text[pos..(end + 1)];
            if (line.StartsWith('\\') && HeadingLike().IsMatch(line[1..]))
            {
                removed.Add(sb.Length);
                line = line[1..];
            }

            sb.Append(line);
            if (end < 0)
            {
                break;
            }

            pos = end + 1;
        }

        return sb.ToString();
    }

    private static int FindClosingFence(string text)
    {
        var pos = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (pos > 0 && pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var line = (end < 0 ? text[pos..] : text[pos..end]).TrimEnd();
            if (line is "---" or "...")
            {
                return pos;
            }

            if (end < 0)
            {
                break;
            }

            pos = end + 1;
        }

        return -1;
    }

    private static void ReadFrontMatter(string yaml, string file, List<ContentError> errors, IReadOnlyCollection<string> extraKeys, ref string title, ref string company, ref Level level, List<string> principles, Dictionary<string, IReadOnlyList<string>> extra)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return;
        }

        // YAML lines count from the first line after '---'; shift them so they name lines of the file.
        var local = new List<ContentError>();
        var y = YamlReader.Open(yaml, file, local, YamlLimits.FrontMatter);
        if (y is not null)
        {
            title = y.OptionalText("title") ?? "";
            company = y.OptionalText("company") ?? "";
            if (y.OptionalText("level") is { } lv)
            {
                if (!StarNames.TryParseLevel(lv, out level))
                {
                    y.Errors.Add(new ContentError(file, y.LineOf("level"), $"'level' must be sde1, sde2 or senior, not '{lv}'"));
                }
            }

            if (y.OptionalText("principle") is { } p)
            {
                principles.Add(p);
            }

            principles.AddRange(y.TextList("principles"));
            foreach (var key in extraKeys)
            {
                if (y.Has(key))
                {
                    extra[key] = y.TextOrTextList(key);
                }
            }

            y.RejectUnknownKeys([.. extraKeys]);
        }

        errors.AddRange(local.Select(e => e with { Line = e.Line > 0 ? e.Line + 1 : e.Line }));
    }

    /// <summary>
    /// Writes a story in the format <see cref="Parse"/> reads (front matter, then all five
    /// headings in speaking order), so an export re-imports to the same story.
    /// </summary>
    public static string Write(StarStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var sb = new StringBuilder();
        sb.Append("---\n");
        var title = StoryText.SingleLine(story.Title);
        if (title.Length > 0)
        {
            sb.Append("title: ").Append(Quote(title)).Append('\n');
        }

        var company = StoryText.SingleLine(story.Company);
        if (company.Length > 0)
        {
            sb.Append("company: ").Append(Quote(company)).Append('\n');
        }

        sb.Append("level: ").Append(story.Level.Id()).Append('\n');
        if (story.Principles.Count == 1)
        {
            sb.Append("principle: ").Append(story.Principles[0]).Append('\n');
        }
        else if (story.Principles.Count > 1)
        {
            sb.Append("principles: [").Append(string.Join(", ", story.Principles)).Append("]\n");
        }

        sb.Append("---\n");
        foreach (var section in StarNames.Sections)
        {
            sb.Append("\n## ").Append(section).Append("\n\n");
            var text = StoryText.Section(story.Text(section));
            if (text.Length > 0)
            {
                sb.Append(HeadingLike().Replace(text, "\\$1")).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A YAML double-quoted text that reads back as exactly <paramref name="s"/>: quotes and
    /// backslashes escaped, and anything YAML does not allow raw (or would take for a byte-order
    /// mark) written as a \u escape.
    /// </summary>
    private static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }
}
