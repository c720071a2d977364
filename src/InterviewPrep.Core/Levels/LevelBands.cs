using System.Text.RegularExpressions;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Levels;

/// <summary>One scope signal an interviewer calibrates level on ("cross-team reach", "decision owned").</summary>
/// <param name="Id">Stable id used in JSON and in the bands ("cross-team").</param>
/// <param name="Label">What a candidate reads ("Reach beyond your own team").</param>
/// <param name="Advice">The concrete thing to add when it is missing, in the candidate's terms.</param>
public sealed record ScopeSignalDefinition(string Id, string Label, string Advice)
{
    internal PatternSet Patterns { get; init; } = PatternSet.None;

    internal IReadOnlyList<StarSection> Sections { get; init; } = StarNames.Sections;
}

/// <summary>
/// One band: the signals that place a story there. A story shows the band when it has every signal
/// of <see cref="Always"/>, at least one of <see cref="OneOf"/> (when it lists any) and at least
/// <see cref="Needs"/> of <see cref="From"/>.
/// </summary>
public sealed record LevelBand(Level Level, string Summary, int Needs, IReadOnlyList<string> From, IReadOnlyList<string> Always, IReadOnlyList<string> OneOf);

/// <summary>The outcome of loading <c>levels.yaml</c> on its own.</summary>
public sealed record LevelBandsLoadResult(LevelBands? Bands, IReadOnlyList<ContentError> Errors)
{
    public bool Ok => Bands is not null && Errors.Count == 0;
}

/// <summary>
/// The SDE1 / SDE2 / Senior bands and the scope signals behind them, from <c>content/levels.yaml</c>:
/// one file a coach edits to recalibrate the level meter. Signals use the scoring rules' pattern
/// syntax (phrases with <c>(a|b)</c>, <c>*</c>, <c>~verb</c>, <c>$class</c> from scoring/lexicons.yaml,
/// <c>/regex/</c>) and a few code matchers over extracted facts (<c>@people-count</c>, <c>@money</c>,
/// <c>@customer-count</c>). Loaded strictly: unknown keys, unknown signals in a band, a band out of
/// order and a pattern that does not compile are located errors.
/// </summary>
public sealed partial class LevelBands
{
    public const string FileName = "levels.yaml";

    internal LevelBands(IReadOnlyList<ScopeSignalDefinition> signals, IReadOnlyList<LevelBand> bands, PhraseIndex phrases, string? source)
    {
        Signals = signals;
        Bands = bands;
        Phrases = phrases;
        Source = source;
    }

    public IReadOnlyList<ScopeSignalDefinition> Signals { get; }

    /// <summary>Bands from SDE1 up.</summary>
    public IReadOnlyList<LevelBand> Bands { get; }

    public string? Source { get; }

    internal PhraseIndex Phrases { get; }

    public ScopeSignalDefinition? Signal(string id) => Signals.FirstOrDefault(s => s.Id == id);

    public LevelBand Band(Level level) => Bands.First(b => b.Level == level);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <summary>Loads <paramref name="path"/>; <paramref name="facts"/> powers the fact matchers, <paramref name="lexiconsPath"/> the $classes.</summary>
    public static LevelBandsLoadResult Load(string path, FactRules facts, string? lexiconsPath = null)
    {
        var errors = new List<ContentError>();
        var bands = Load(path, facts, lexiconsPath, errors);
        return new LevelBandsLoadResult(errors.Count == 0 ? bands : null, [.. errors.OrderBy(e => e.Line)]);
    }

    internal static LevelBands? Load(string path, FactRules facts, string? lexiconsPath, List<ContentError> errors)
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

        var lexicons = lexiconsPath is not null && File.Exists(lexiconsPath) ? ScoringRuleLoader.ReadLexicons(lexiconsPath, []) : Lexicons.None;
        return Parse(text, ContentLoader.Display(path), facts, lexicons, errors);
    }

    /// <summary>Parses levels.yaml text (tests use it to check located errors).</summary>
    public static LevelBandsLoadResult Parse(string yaml, FactRules facts, string file = FileName)
    {
        var errors = new List<ContentError>();
        var bands = Parse(yaml, file, facts, Lexicons.None, errors);
        return new LevelBandsLoadResult(errors.Count == 0 ? bands : null, [.. errors.OrderBy(e => e.Line)]);
    }

    private static LevelBands? Parse(string yaml, string file, FactRules facts, Lexicons lexicons, List<ContentError> errors)
    {
        var y = YamlReader.Open(yaml, file, errors);
        if (y is null)
        {
            return null;
        }

        var before = errors.Count;
        var matchers = FactMatchers.For(facts).ToDictionary(m => m.Name, StringComparer.Ordinal);
        var phrases = new PhraseIndex.Builder();
        var signals = new List<ScopeSignalDefinition>();
        foreach (var s in y.MapList("signals", 1))
        {
            var id = s.Text("id");
            if (id.Length > 0 && !Slug().IsMatch(id))
            {
                errors.Add(new ContentError(file, s.LineOf("id"), $"signal id '{id}' must be lower-case words joined by hyphens"));
            }

            if (signals.Any(x => x.Id == id))
            {
                errors.Add(new ContentError(file, s.LineOf("id"), $"signal '{id}' is defined twice"));
            }

            var label = s.Text("label");
            var advice = s.Text("advice");
            var sections = new List<StarSection>();
            foreach (var (name, line) in s.TextItems("sections"))
            {
                if (StarNames.TryParseSection(name, out var section))
                {
                    sections.Add(section);
                }
                else
                {
                    errors.Add(new ContentError(file, line, $"'{name}' is not a section (situation, task, action, result, reflection)"));
                }
            }

            var patterns = PatternSet.Compile(s.TextItems("patterns", 1), matchers, phrases, (line, message) => errors.Add(new ContentError(file, line, message)), lexicons);
            s.RejectUnknownKeys();
            signals.Add(new ScopeSignalDefinition(id, label, advice) { Patterns = patterns, Sections = sections.Count > 0 ? sections : StarNames.Sections });
        }

        var known = signals.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var bands = new List<LevelBand>();
        foreach (var b in y.MapList("bands", 3))
        {
            var levelText = b.Text("level");
            if (!StarNames.TryParseLevel(levelText, out var level))
            {
                errors.Add(new ContentError(file, b.LineOf("level"), $"'{levelText}' is not a level (sde1, sde2, senior)"));
                continue;
            }

            if (bands.Count != (int)level)
            {
                errors.Add(new ContentError(file, b.LineOf("level"), $"bands must be listed sde1, sde2, senior, each once; '{levelText}' is out of place"));
            }

            var summary = b.Text("summary");
            var from = b.TextItems("from");
            var always = b.TextItems("always");
            var oneOf = b.TextItems("oneOf");
            foreach (var (sig, line) in from.Concat(always).Concat(oneOf))
            {
                if (!known.Contains(sig))
                {
                    errors.Add(new ContentError(file, line, $"band {levelText} names signal '{sig}', which 'signals' does not define (known: {string.Join(", ", known)})"));
                }
            }

            var needs = b.Number("needs", min: 0, max: 50, fallback: 0);
            if (needs > from.Count)
            {
                errors.Add(new ContentError(file, b.LineOf("needs"), $"band {levelText} needs {needs} signals from a list of {from.Count}"));
            }

            b.RejectUnknownKeys();
            bands.Add(new LevelBand(level, summary, needs, [.. from.Select(f => f.Text)], [.. always.Select(a => a.Text)], [.. oneOf.Select(a => a.Text)]));
        }

        y.RejectUnknownKeys();
        return errors.Count == before && bands.Count == 3 ? new LevelBands(signals, bands, phrases.Build(), file) : null;
    }
}
