namespace InterviewPrep.Core.Content;

/// <summary>
/// One linear pass over a YAML text that finds, without building anything, what YamlDotNet must
/// not be given: a text over the size limit, collections nested deeper than allowed (flow
/// brackets, block indentation and compact "- - -" items all count), and a '[', '{' or quote
/// that is never closed (which YamlDotNet only notices at the end of the file, without a line).
/// It errs on the side of counting a level too many for unusual layouts; the limits leave room.
/// </summary>
internal static class YamlPreScan
{
    public static (int Line, string Message)? Check(string text, YamlLimits limits)
    {
        if (text.Length > limits.MaxChars)
        {
            return (1, $"{limits.What} is {text.Length:N0} characters; at most {limits.MaxChars:N0} are accepted");
        }

        var tooDeep = $"{limits.What} nests collections more than {limits.MaxDepth} levels deep ([ ], {{ }} or indentation); at most {limits.MaxDepth} are accepted";
        var indents = new List<int>();
        int? scalarColumn = null; // lines indented past this column continue a scalar (block or plain)
        var flowDepth = 0;
        var flowBase = 0;
        var flowLine = 0;
        var quote = '\0';
        var quoteLine = 0;
        var openIndent = -1;
        var lineNo = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            start = end + 1;
            lineNo++;
            var p = 0;

            // Continuation lines of a '[', '{' or quote opened in a block must be indented past
            // that block; a line that is not means it was never closed. Saying so here, at the line
            // where it opened, beats YamlDotNet's complaint at the end of the file.
            if ((quote != '\0' || flowDepth > 0) && Indent(line) is var lineIndent && lineIndent < line.Length && lineIndent <= openIndent)
            {
                return flowDepth > 0 ? (flowLine, NeverClosedFlow) : (quoteLine, NeverClosedQuote(quote));
            }

            if (quote != '\0')
            {
                p = SkipQuoted(line, 0, ref quote);
                if (quote != '\0' || flowDepth == 0)
                {
                    continue;
                }
            }

            if (flowDepth == 0)
            {
                var indent = Indent(line);

                if (indent == line.Length || line[indent] == '#' || (scalarColumn is { } column && indent > column))
                {
                    continue;
                }

                scalarColumn = null;
                var rest = line[indent..];
                if (rest[0] == '%' || rest.StartsWith("---") || rest.StartsWith("..."))
                {
                    indents.Clear();
                    continue;
                }

                while (indents.Count > 0 && indents[^1] > indent)
                {
                    indents.RemoveAt(indents.Count - 1);
                }

                if (indents.Count == 0 || indents[^1] < indent)
                {
                    indents.Add(indent);
                }

                // "- - x" nests a sequence in a sequence on one line; the first '-' is the
                // collection the indentation already counted.
                p = indent;
                var items = 0;
                while (p < line.Length && line[p] is '-' or '?' or ':' && (p + 1 == line.Length || line[p + 1] == ' '))
                {
                    items += line[p] == ':' ? 0 : 1;
                    p = SkipSpaces(line, p + 1);
                }

                var nodeColumn = p;
                openIndent = indents.Count == 1 && items == 0 && p == indent && p < line.Length && line[p] is '[' or '{' or '"' or '\'' ? -1 : indent;
                var depth = indents.Count + Math.Max(0, items - 1);
                if (depth > limits.MaxDepth)
                {
                    return (lineNo, tooDeep);
                }

                p = SkipProperties(line, p);
                if (p < line.Length && line[p] is '"' or '\'')
                {
                    quote = line[p];
                    quoteLine = lineNo;
                    p = SkipQuoted(line, p + 1, ref quote);
                    if (quote != '\0')
                    {
                        continue;
                    }

                    p = SkipSpaces(line, p);
                    if (p >= line.Length || line[p] != ':')
                    {
                        continue;
                    }

                    p++;
                }
                else if (p < line.Length && line[p] is not ('[' or '{'))
                {
                    var colon = KeyColon(line, p);
                    if (colon < 0)
                    {
                        scalarColumn = nodeColumn;
                        continue;
                    }

                    p = colon + 1;
                }
                else
                {
                    items = 0; // the node itself is a flow collection: counted below
                }

                // A key on a "- " line opens a mapping inside the sequence item.
                if (items > 0 && p > nodeColumn)
                {
                    depth++;
                }

                if (depth > limits.MaxDepth)
                {
                    return (lineNo, tooDeep);
                }

                p = SkipProperties(line, SkipSpaces(line, p));
                if (p >= line.Length || line[p] == '#')
                {
                    continue;
                }

                if (line[p] is '|' or '>')
                {
                    scalarColumn = nodeColumn;
                    continue;
                }

                if (line[p] is '"' or '\'')
                {
                    quote = line[p];
                    quoteLine = lineNo;
                    SkipQuoted(line, p + 1, ref quote);
                    continue;
                }

                if (line[p] is not ('[' or '{'))
                {
                    scalarColumn = nodeColumn;
                    continue;
                }

                flowBase = depth;
                flowLine = lineNo;
            }

            for (var i = p; i < line.Length; i++)
            {
                var c = line[i];
                if (c is '[' or '{')
                {
                    flowDepth++;
                    if (flowBase + flowDepth > limits.MaxDepth)
                    {
                        return (lineNo, tooDeep);
                    }
                }
                else if (c is ']' or '}')
                {
                    flowDepth = Math.Max(0, flowDepth - 1);
                    if (flowDepth == 0)
                    {
                        break;
                    }
                }
                else if (c is '"' or '\'' && StartsNode(line, i))
                {
                    quote = c;
                    quoteLine = lineNo;
                    i = SkipQuoted(line, i + 1, ref quote) - 1;
                    if (quote != '\0')
                    {
                        break;
                    }
                }
                else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                {
                    break;
                }
            }
        }

        if (flowDepth > 0)
        {
            return (flowLine, NeverClosedFlow);
        }

        if (quote != '\0')
        {
            return (quoteLine, NeverClosedQuote(quote));
        }

        return null;
    }

    private const string NeverClosedFlow = "invalid YAML: a '[' or '{' opened on this line is never closed";

    private static string NeverClosedQuote(char quote) => $"invalid YAML: the quoted text opened on this line ({quote}) is never closed";

    private static int Indent(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int p)
    {
        while (p < line.Length && line[p] is ' ' or '\t')
        {
            p++;
        }

        return p;
    }

    /// <summary>Skips anchors (&amp;a) and tags (!t) before a node.</summary>
    private static int SkipProperties(ReadOnlySpan<char> line, int p)
    {
        while (p < line.Length && line[p] is '&' or '!')
        {
            while (p < line.Length && line[p] != ' ')
            {
                p++;
            }

            p = SkipSpaces(line, p);
        }

        return p;
    }

    /// <summary>The ':' that ends a plain key (followed by a space or the end of the line), or -1.</summary>
    private static int KeyColon(ReadOnlySpan<char> line, int p)
    {
        for (var i = p; i < line.Length; i++)
        {
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                return i;
            }

            if (line[i] == '#' && i > p && line[i - 1] is ' ' or '\t')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A quote starts a quoted scalar only where a node starts, not inside a plain word.</summary>
    private static bool StartsNode(ReadOnlySpan<char> line, int i)
    {
        var j = i - 1;
        while (j >= 0 && line[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || line[j] is '[' or '{' or ',' or ':' or '?' or '-';
    }

    /// <summary>Scans to just past the closing quote; leaves <paramref name="quote"/> set when the line ends first.</summary>
    private static int SkipQuoted(ReadOnlySpan<char> line, int p, ref char quote)
    {
        for (var i = p; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == quote)
            {
                if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                quote = '\0';
                return i + 1;
            }
        }

        return line.Length;
    }
}
