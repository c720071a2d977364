using System.Collections.Frozen;
using System.Text.RegularExpressions;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Facts;

/// <summary>One spelling family of a unit: "ms", "millisecond", "milliseconds" = 0.001 s.</summary>
/// <param name="Name">The canonical unit name ("millisecond").</param>
/// <param name="Dimension">What it measures ("duration").</param>
/// <param name="Factor">Multiplier to the dimension's base unit (0.001 for ms when the base is seconds).</param>
/// <param name="Words">Spellings, lower case, one or two words or a symbol ("%", "per cent").</param>
public sealed record FactUnit(string Name, string Dimension, double Factor, IReadOnlyList<string> Words);

/// <summary>A group of verbs that state the same action, so "wrote" and "implemented" pair up in a claim.</summary>
/// <param name="Group">The group's id, its first verb ("write").</param>
/// <param name="Verbs">Lemmas of the group; every inflection matches.</param>
public sealed record ClaimVerbGroup(string Group, IReadOnlyList<string> Verbs);

/// <summary>The outcome of loading <c>facts.yaml</c> on its own.</summary>
public sealed record FactRulesLoadResult(FactRules? Rules, IReadOnlyList<ContentError> Errors)
{
    public bool Ok => Rules is not null && Errors.Count == 0;
}

/// <summary>
/// The lexicon of fact extraction, from <c>content/facts.yaml</c>: units and their synonyms,
/// number scales, words that never name what a number measures, claim verbs, and the nouns that
/// mark teams, systems and people. Kept as data so a coach can teach it "bps" or "shipped"
/// without C#; loaded strictly (unknown keys, duplicate spellings and bad factors are located
/// errors) like the scoring rules.
/// </summary>
public sealed partial class FactRules
{
    public const string FileName = "facts.yaml";

    private FactRules(
        IReadOnlyDictionary<string, string> dimensions,
        IReadOnlyList<FactUnit> units,
        IReadOnlyDictionary<string, double> scales,
        IReadOnlyList<ClaimVerbGroup> claimVerbs,
        IReadOnlyCollection<string> connectors,
        IReadOnlyCollection<string> teamNouns,
        IReadOnlyCollection<string> systemNouns,
        IReadOnlyCollection<string> personWords,
        string? source)
    {
        Dimensions = dimensions;
        Units = units;
        Scales = scales;
        ClaimVerbs = claimVerbs;
        Connectors = connectors.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        TeamNouns = teamNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SystemNouns = systemNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PersonWords = personWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Source = source;

        var single = new Dictionary<string, FactUnit>(StringComparer.OrdinalIgnoreCase);
        var pairs = new Dictionary<string, FactUnit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            foreach (var word in unit.Words)
            {
                (word.Contains(' ', StringComparison.Ordinal) ? pairs : single)[word] = unit;
            }
        }

        SingleWordUnits = single.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        TwoWordUnits = pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var verbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in claimVerbs)
        {
            foreach (var form in group.Verbs.SelectMany(Lexicons.Inflect))
            {
                verbs.TryAdd(form, group.Group);
            }
        }

        VerbForms = verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Dimension name → the base unit's display name ("duration" → "s").</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; }

    public IReadOnlyList<FactUnit> Units { get; }

    /// <summary>Scale words and suffixes ("k", "thousand", "m", "million", "bn") → factor.</summary>
    public IReadOnlyDictionary<string, double> Scales { get; }

    public IReadOnlyList<ClaimVerbGroup> ClaimVerbs { get; }

    /// <summary>Words that never say what a number measures ("went", "from", "by", "about").</summary>
    public IReadOnlySet<string> Connectors { get; }

    public IReadOnlySet<string> TeamNouns { get; }

    public IReadOnlySet<string> SystemNouns { get; }

    /// <summary>Roles and words for other people as subjects ("manager", "colleague", "intern").</summary>
    public IReadOnlySet<string> PersonWords { get; }

    /// <summary>The file the rules came from, or null for rules built in code.</summary>
    public string? Source { get; }

    internal FrozenDictionary<string, FactUnit> SingleWordUnits { get; }

    internal FrozenDictionary<string, FactUnit> TwoWordUnits { get; }

    /// <summary>Every inflected claim verb → its group.</summary>
    internal FrozenDictionary<string, string> VerbForms { get; }

    /// <summary>Loads <paramref name="path"/> strictly.</summary>
    public static FactRulesLoadResult Load(string path)
    {
        var errors = new List<ContentError>();
        var rules = Load(path, errors);
        return new FactRulesLoadResult(errors.Count == 0 ? rules : null, [.. errors.OrderBy(e => e.Line)]);
    }

    /// <summary>Parses facts.yaml text (used by tests to check the located errors).</summary>
    public static FactRulesLoadResult Parse(string yaml, string file = FileName)
    {
        var errors = new List<ContentError>();
        var rules = Read(YamlReader.Open(yaml, file, errors), file, errors);
        return new FactRulesLoadResult(errors.Count == 0 ? rules : null, [.. errors.OrderBy(e => e.Line)]);
    }

    internal static FactRules? Load(string path, List<ContentError> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ContentError(ContentLoader.Display(path), 0, $"cannot read file: {ex.Message}"));
            return null;
        }

        var display = ContentLoader.Display(path);
        return Read(YamlReader.Open(text, display, errors), path, errors);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    private static FactRules? Read(YamlReader? y, string source, List<ContentError> errors)
    {
        if (y is null)
        {
            return null;
        }

        var before = errors.Count;
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (y.Map("dimensions") is { } dims)
        {
            foreach (var (name, line) in dims.Keys().ToList())
            {
                if (!Slug().IsMatch(name))
                {
                    errors.Add(new ContentError(y.File, line, $"dimension '{name}' must be lower-case words joined by hyphens"));
                }

                dimensions[name] = dims.Text(name);
            }

            dims.RejectUnknownKeys();
        }

        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var units = new List<FactUnit>();
        foreach (var u in y.MapList("units", 1))
        {
            var name = u.Text("unit");
            var dimension = u.Text("dimension");
            if (dimension.Length > 0 && !dimensions.ContainsKey(dimension))
            {
                errors.Add(new ContentError(y.File, u.LineOf("dimension"), $"unit '{name}' names dimension '{dimension}', which 'dimensions' does not list (known: {string.Join(", ", dimensions.Keys)})"));
            }

            var factor = u.Fraction("factor", 1e-12, 1e15, double.NaN);
            if (double.IsNaN(factor))
            {
                errors.Add(new ContentError(y.File, u.Line, $"unit '{name}' needs a 'factor' (its size in the dimension's base unit)"));
            }

            var words = u.TextItems("words", 1);
            foreach (var (word, line) in words)
            {
                if (word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2)
                {
                    errors.Add(new ContentError(y.File, line, $"unit word '{word}' has more than two words"));
                }

                if (!seen.TryAdd(word, name))
                {
                    errors.Add(new ContentError(y.File, line, $"unit word '{word}' is already a spelling of '{seen[word]}'"));
                }
            }

            u.RejectUnknownKeys();
            units.Add(new FactUnit(name, dimension, double.IsNaN(factor) ? 1 : factor, [.. words.Select(w => w.Text.ToLowerInvariant())]));
        }

        var scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in y.MapList("scales", 1))
        {
            var factor = s.Fraction("factor", 1, 1e15, double.NaN);
            if (double.IsNaN(factor))
            {
                errors.Add(new ContentError(y.File, s.Line, "a scale needs a 'factor'"));
            }

            foreach (var (word, line) in s.TextItems("words", 1))
            {
                if (!scales.TryAdd(word, factor))
                {
                    errors.Add(new ContentError(y.File, line, $"scale word '{word}' appears twice"));
                }
            }

            s.RejectUnknownKeys();
        }

        var groups = new List<ClaimVerbGroup>();
        var verbSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in y.MapList("claimVerbs", 1))
        {
            var verbs = g.TextItems("verbs", 1);
            foreach (var (verb, line) in verbs)
            {
                if (verb.Contains(' ', StringComparison.Ordinal) || !verb.All(char.IsLetter))
                {
                    errors.Add(new ContentError(y.File, line, $"claim verb '{verb}' must be one word of letters (its lemma: write, not wrote it)"));
                }
                else if (!verbSeen.Add(verb))
                {
                    errors.Add(new ContentError(y.File, line, $"claim verb '{verb}' is in two groups"));
                }
            }

            g.RejectUnknownKeys();
            if (verbs.Count > 0)
            {
                groups.Add(new ClaimVerbGroup(verbs[0].Text.ToLowerInvariant(), [.. verbs.Select(v => v.Text.ToLowerInvariant())]));
            }
        }

        IReadOnlyList<string> Words(string key)
        {
            var items = y.TextItems(key, 1);
            foreach (var (word, line) in items.Where(i => !i.Text.Any(char.IsLetter)))
            {
                errors.Add(new ContentError(y.File, line, $"'{word}' in {key} has no letter"));
            }

            return [.. items.Select(i => i.Text.ToLowerInvariant())];
        }

        var connectors = Words("connectors");
        var teams = Words("teamNouns");
        var systems = Words("systemNouns");
        var people = Words("personWords");
        y.RejectUnknownKeys();
        return errors.Count == before
            ? new FactRules(dimensions, units, scales, groups, connectors, teams, systems, people, source)
            : null;
    }
}
