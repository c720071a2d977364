using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InterviewPrep.Core.Content;

/// <summary>
/// Reads one YAML mapping strictly: every read records which keys were used, unknown keys are
/// errors, and every problem carries the line of the node it concerns. Content is read through
/// the representation model rather than a deserializer so that even "missing field" errors can
/// point at a line.
/// </summary>
public sealed class YamlReader
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public YamlReader(YamlMappingNode node, string file, List<ContentError> errors)
    {
        _node = node;
        File = file;
        Errors = errors;
    }

    public string File { get; }

    public List<ContentError> Errors { get; }

    public int Line => Line0(_node);

    /// <summary>Parses a whole file whose root is a mapping; null (with an error) otherwise.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">Name used in error messages.</param>
    /// <param name="errors">Where problems are added.</param>
    /// <param name="limits">Size and nesting allowed; <see cref="YamlLimits.Content"/> when null.</param>
    public static YamlReader? Open(string text, string file, List<ContentError> errors, YamlLimits? limits = null)
    {
        var root = ParseRoot(text, file, errors, limits);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            errors.Add(new ContentError(file, Line0(root), "expected a mapping of keys at the top of the file"));
            return null;
        }

        return new YamlReader(map, file, errors);
    }

    /// <summary>
    /// Parses a file's single document; null (with a located error) when it is not valid YAML or
    /// is larger or more deeply nested than <paramref name="limits"/> allow.
    /// </summary>
    public static YamlNode? ParseRoot(string text, string file, List<ContentError> errors, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (YamlPreScan.Check(text, limits ?? YamlLimits.Content) is { } refused)
        {
            errors.Add(new ContentError(file, refused.Line, refused.Message));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message;
            var message = ex.Message.Contains("): ", StringComparison.Ordinal) ? ex.Message[(ex.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..] : ex.Message;
            errors.Add(new ContentError(file, (int)ex.Start.Line, $"invalid YAML: {message}{(inner is null ? "" : " " + inner)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position when a flow collection ([ or {)
            // or a quote is never closed; the end of the file is where it noticed.
            var lastLine = text.TrimEnd().Count(c => c == '\n') + 1;
            errors.Add(new ContentError(file, lastLine, "invalid YAML: reached the end of the file inside an unclosed [ … ], { … } or quoted text"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new ContentError(file, 1, "the file is empty"));
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>
    /// Joins the lines of a wrapped paragraph (a <c>|</c> block keeps its line breaks) so that a
    /// phrase wrapped across two lines still matches, while blank lines stay paragraph breaks.
    /// </summary>
    public static string Unfold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    public static int Line0(YamlNode node) => (int)node.Start.Line;

    public void Error(YamlNode node, string message) => Errors.Add(new ContentError(File, Line0(node), message));

    public void Error(string message) => Errors.Add(new ContentError(File, Line, message));

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    private YamlNode? Get(string key)
    {
        _used.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private static bool IsNull(YamlNode node) => node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null || s.Value is "" or "~" or "null");

    /// <summary>A required, non-blank text.</summary>
    public string Text(string key)
    {
        var value = OptionalText(key);
        if (value is null && !Has(key))
        {
            Error($"missing required field '{key}'");
        }

        return value ?? "";
    }

    /// <summary>An optional text; an empty or blank value counts as an error when the key is present.</summary>
    public string? OptionalText(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar || IsNull(node))
        {
            Error(node, IsNull(node) ? $"'{key}' is empty" : $"'{key}' must be a single text value, not a list or mapping");
            return null;
        }

        var text = Unfold(scalar.Value);
        if (text.Length == 0)
        {
            Error(node, $"'{key}' is empty");
            return null;
        }

        return text;
    }

    public int Number(string key, int? min = null, int? max = null, int? fallback = null)
    {
        var node = Get(key);
        if (node is null)
        {
            if (fallback is null)
            {
                Error($"missing required field '{key}'");
            }

            return fallback ?? 0;
        }

        if (node is not YamlScalarNode s || !int.TryParse(s.Value, out var value))
        {
            Error(node, $"'{key}' must be a whole number");
            return fallback ?? 0;
        }

        if ((min is not null && value < min) || (max is not null && value > max))
        {
            Error(node, $"'{key}' must be between {min?.ToString() ?? "-∞"} and {max?.ToString() ?? "∞"}, not {value}");
        }

        return value;
    }

    public bool Bool(string key, bool fallback = false)
    {
        var node = Get(key);
        if (node is null)
        {
            return fallback;
        }

        if (node is YamlScalarNode s && bool.TryParse(s.Value, out var value))
        {
            return value;
        }

        Error(node, $"'{key}' must be true or false");
        return fallback;
    }

    /// <summary>A decimal number (e.g. a ratio or a tolerance), with the same range checks as <see cref="Number"/>.</summary>
    public double Fraction(string key, double min, double max, double fallback)
    {
        var node = Get(key);
        if (node is null)
        {
            return fallback;
        }

        if (node is not YamlScalarNode s || !double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            Error(node, $"'{key}' must be a number");
            return fallback;
        }

        if (value < min || value > max)
        {
            Error(node, $"'{key}' must be between {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not {s.Value}");
        }

        return value;
    }

    /// <summary>
    /// Like <see cref="TextList"/>, but each item keeps its own line, so a problem with one entry of a
    /// long list (a bad pattern, say) points at that entry rather than at the list.
    /// </summary>
    public IReadOnlyList<(string Text, int Line)> TextItems(string key, int min = 0)
    {
        var node = Get(key);
        if (node is null)
        {
            if (min > 0)
            {
                Error($"missing required field '{key}' (a list of at least {min})");
            }

            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"'{key}' must be a list (lines starting with '- ')");
            return [];
        }

        var result = new List<(string, int)>();
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode s && !IsNull(item) && !string.IsNullOrWhiteSpace(s.Value))
            {
                result.Add((s.Value.Trim(), Line0(item)));
            }
            else
            {
                Error(item, $"each item of '{key}' must be a non-empty text");
            }
        }

        if (result.Count < min)
        {
            Error(node, $"'{key}' needs at least {min} item(s), found {result.Count}");
        }

        return result;
    }

    /// <summary>A list of non-blank texts; <paramref name="min"/> &gt; 0 makes the field required.</summary>
    public IReadOnlyList<string> TextList(string key, int min = 0) =>
        List(key, min, "a list (lines starting with '- ')", item =>
            item is YamlScalarNode s && !IsNull(item) && !string.IsNullOrWhiteSpace(s.Value) ? Unfold(s.Value) : null,
            $"each item of '{key}' must be a non-empty text");

    /// <summary>One text or a list of texts, as a list (for keys where both spellings are natural).</summary>
    public IReadOnlyList<string> TextOrTextList(string key)
    {
        var node = _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
        if (node is YamlSequenceNode)
        {
            return TextList(key);
        }

        return OptionalText(key) is { } text ? [text] : [];
    }

    /// <summary>A nested mapping, or null (with an error when required).</summary>
    public YamlReader? Map(string key, bool required = true)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                Error($"missing required field '{key}'");
            }

            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Error(node, $"'{key}' must be a mapping of keys");
            return null;
        }

        return new YamlReader(map, File, Errors);
    }

    /// <summary>A list of mappings; <paramref name="min"/> &gt; 0 makes it required.</summary>
    public IReadOnlyList<YamlReader> MapList(string key, int min = 0) =>
        List(key, min, "a list", item => item is YamlMappingNode m ? new YamlReader(m, File, Errors) : null,
            $"each item of '{key}' must be a mapping of keys");

    /// <summary>
    /// The one way lists are read: required when <paramref name="min"/> &gt; 0, each item converted
    /// or reported at its own line, and the count checked at the list's line.
    /// </summary>
    private List<T> List<T>(string key, int min, string expected, Func<YamlNode, T?> convert, string badItem)
        where T : class
    {
        var node = Get(key);
        if (node is null)
        {
            if (min > 0)
            {
                Error($"missing required field '{key}' (a list of at least {min})");
            }

            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"'{key}' must be {expected}");
            return [];
        }

        var result = new List<T>();
        foreach (var item in seq.Children)
        {
            if (convert(item) is { } value)
            {
                result.Add(value);
            }
            else
            {
                Error(item, badItem);
            }
        }

        if (result.Count < min)
        {
            Error(node, $"'{key}' needs at least {min} item(s), found {result.Count}");
        }

        return result;
    }

    /// <summary>The keys of this mapping in file order, each with its line.</summary>
    public IEnumerable<(string Key, int Line)> Keys()
    {
        foreach (var key in _node.Children.Keys)
        {
            if (key is YamlScalarNode s && s.Value is not null)
            {
                yield return (s.Value, Line0(key));
            }
        }
    }

    public int LineOf(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? Line0(k) : Line;

    /// <summary>Reports every key that no read asked for: a typo must fail loudly, not be ignored.</summary>
    public void RejectUnknownKeys(params string[] alsoAllowed)
    {
        foreach (var (key, line) in Keys())
        {
            if (!_used.Contains(key) && !alsoAllowed.Contains(key))
            {
                Errors.Add(new ContentError(File, line, $"unknown field '{key}'"));
            }
        }
    }
}
