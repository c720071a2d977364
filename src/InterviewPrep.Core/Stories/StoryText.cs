using System.Text;

namespace InterviewPrep.Core.Stories;

/// <summary>
/// What the app keeps of typed or imported text, applied the same way when a story is saved,
/// exported and imported, so an export re-imports to exactly the stored story. One-line fields
/// (title, company) hold no control characters or line separators; sections keep tabs and line
/// breaks (as \n) but no other control characters; both are trimmed, and a lone surrogate (which
/// UTF-8, and so the database and the export, cannot hold) becomes U+FFFD.
/// </summary>
public static class StoryText
{
    /// <summary>A title or company name as stored: control characters and line separators become spaces, then trimmed.</summary>
    public static string SingleLine(string? text) => Clean(text, multiline: false);

    /// <summary>A section's text as stored: line endings as \n, control characters other than tab and line break removed, trimmed.</summary>
    public static string Section(string? text) => Clean(text, multiline: true);

    private static string Clean(string? text, bool multiline)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (multiline)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                replacement = "\uFFFD";
            }
            else if (multiline ? char.IsControl(c) && c is not ('\n' or '\t') : char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                replacement = multiline ? "" : " ";
            }

            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
            sb.Append(replacement);
        }

        return (sb?.ToString() ?? text).Trim();
    }
}
