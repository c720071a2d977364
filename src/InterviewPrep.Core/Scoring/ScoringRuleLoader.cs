using System.Text.RegularExpressions;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Scoring;

/// <summary>
/// Reads <c>content/scoring/</c>: <c>engine.yaml</c> (settings) and one rule per other file. Strict
/// like the rest of content: unknown keys, unknown matchers, bad regexes and examples that do not
/// contain their own span are located errors, so a mistyped rule fails loudly at start-up instead of
/// quietly never firing.
/// </summary>
internal static partial class ScoringRuleLoader
{
    public const string EngineFile = "engine.yaml";

    public const string LexiconFile = "lexicons.yaml";

    private static readonly string[] Common =
        ["id", "kind", "description", "severity", "sections", "levels", "principles", "penalty", "maxPenalty", "message", "suggestion", "byLevel", "bySection", "examples"];

    private static readonly Dictionary<string, RuleKind> Kinds = new(StringComparer.Ordinal)
    {
        ["existence"] = RuleKind.Existence,
        ["conditional"] = RuleKind.Conditional,
        ["absence"] = RuleKind.Absence,
        ["ratio"] = RuleKind.Ratio,
        ["duration"] = RuleKind.Duration,
        ["empty-section"] = RuleKind.EmptySection,
        ["thin"] = RuleKind.Thin,
        ["duplicate"] = RuleKind.Duplicate,
        ["specificity"] = RuleKind.Specificity,
    };

    // Which keys each kind understands beyond the common ones; anything else is a located error.
    private static readonly Dictionary<RuleKind, string[]> KindKeys = new()
    {
        [RuleKind.Existence] = ["patterns", "exceptions", "negation", "skipQuoted", "subjectsOnly", "unless", "unlessWithin", "minCount"],
        [RuleKind.Conditional] = ["patterns", "exceptions", "negation", "skipQuoted", "subjectsOnly", "unless", "unlessWithin"],
        [RuleKind.Ratio] = ["patterns", "exceptions", "negation", "skipQuoted", "subjectsOnly", "against", "maxShare", "graceCount", "gracePatterns"],
        [RuleKind.Absence] = ["patterns", "reportAt", "notRepeatedFrom"],
        [RuleKind.Duration] = ["tolerance", "severeAbove", "severePenalty"],
        [RuleKind.EmptySection] = [],
        [RuleKind.Thin] = ["minWords", "minSentences"],
        [RuleKind.Duplicate] = ["threshold"],
        [RuleKind.Specificity] = ["minShared", "ignore"],
    };

    private static readonly string[] Placeholders = ["match", "section", "Section", "level", "seconds", "target", "words", "count", "other"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    public static ScoringRuleSet? Load(string folder, List<ContentError> errors)
    {
        var before = errors.Count;
        var enginePath = Path.Combine(folder, EngineFile);
        ScoringSettings settings;
        if (File.Exists(enginePath))
        {
            settings = ReadSettings(enginePath, errors) ?? new ScoringSettings();
        }
        else
        {
            errors.Add(new ContentError(ContentLoader.Display(enginePath), 0, "missing: the scoring engine settings (speaking rate, section targets and weights, verdict thresholds)"));
            settings = new ScoringSettings();
        }

        // One phrase index for the whole rule set: every rule's phrases, and the metric words.
        var phrases = new PhraseIndex.Builder();
        var metricSet = -1;
        if (settings.MetricWords.Count > 0)
        {
            metricSet = phrases.NewSet();
            foreach (var word in settings.MetricWords)
            {
                if (PatternSet.Expand(word, out var expanded, out var problem))
                {
                    expanded.ForEach(w => phrases.Add(metricSet, w));
                }
                else
                {
                    errors.Add(new ContentError(ContentLoader.Display(enginePath), 0, $"metric word '{word}': {problem}"));
                }
            }
        }

        var lexicons = ReadLexicons(Path.Combine(folder, LexiconFile), errors);
        var activity = lexicons.TryGet("activity-counts", out var counted) ? counted.SelectMany(Lexicons.Inflect).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var matchers = new CodeMatcher[] { new MetricMatcher(metricSet, activity), new ISubjectMatcher() }.ToDictionary(m => m.Name, StringComparer.Ordinal);

        var rules = new List<ScoringRule>();
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.*")
                .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)) && Path.GetFileName(f) is not (EngineFile or LexiconFile))
                .Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            if (ReadRule(file, matchers, phrases, lexicons, errors) is { } definition)
            {
                rules.Add(new ScoringRule(definition));
            }
        }

        return errors.Count == before ? new ScoringRuleSet(settings, rules, folder, phrases.Build()) : null;
    }

    private static YamlReader? Open(string path, List<ContentError> errors)
    {
        try
        {
            return YamlReader.Open(File.ReadAllText(path), ContentLoader.Display(path), errors);
        }
        catch (IOException ex)
        {
            errors.Add(new ContentError(ContentLoader.Display(path), 0, $"cannot read file: {ex.Message}"));
            return null;
        }
    }

    private static ScoringSettings? ReadSettings(string path, List<ContentError> errors)
    {
        var y = Open(path, errors);
        if (y is null)
        {
            return null;
        }

        var wpm = y.Number("wordsPerMinute", min: 60, max: 300);
        var targets = new Dictionary<StarSection, int>();
        var weights = new Dictionary<StarSection, double>();
        if (y.Map("sections") is { } sections)
        {
            foreach (var section in StarNames.Sections)
            {
                if (sections.Map(section.Id()) is { } s)
                {
                    targets[section] = s.Number("targetSeconds", min: 5, max: 600);
                    weights[section] = s.Fraction("weight", 0, 100, 1);
                    s.RejectUnknownKeys();
                }
            }

            sections.RejectUnknownKeys();
        }

        var strongFrom = 80;
        var weakBelow = 55;
        var weakWithErrorRules = 3;
        var weakWithRules = 5;
        var weakWithout = new List<StarSection>();
        if (y.Map("verdict") is { } v)
        {
            strongFrom = v.Number("strongFrom", min: 1, max: 100);
            weakBelow = v.Number("weakBelow", min: 0, max: 100);
            weakWithErrorRules = v.Number("weakWithErrorRules", min: 1, max: 50);
            weakWithRules = v.Number("weakWithRules", min: 1, max: 50);
            weakWithout = ReadSections(v, "weakWithout", required: false);
            if (weakBelow > strongFrom)
            {
                v.Error($"'weakBelow' ({weakBelow}) must not be above 'strongFrom' ({strongFrom})");
            }

            v.RejectUnknownKeys();
        }

        var metricWords = y.TextItems("metricWords");
        foreach (var (word, line) in metricWords.Where(w => !w.Text.Any(char.IsLetterOrDigit)))
        {
            errors.Add(new ContentError(y.File, line, $"metric word '{word}' has no letter or digit"));
        }

        y.RejectUnknownKeys();
        return new ScoringSettings
        {
            WordsPerMinute = wpm,
            TargetSeconds = targets,
            Weights = weights,
            StrongFrom = strongFrom,
            WeakBelow = weakBelow,
            WeakWithErrorRules = weakWithErrorRules,
            WeakWithRules = weakWithRules,
            WeakWithout = weakWithout,
            MetricWords = [.. metricWords.Select(w => w.Text)],
        };
    }

    /// <summary>lexicons.yaml: a mapping of class name to a list of words or phrases (optional file).</summary>
    internal static Lexicons ReadLexicons(string path, List<ContentError> errors)
    {
        if (!File.Exists(path) || Open(path, errors) is not { } y)
        {
            return Lexicons.None;
        }

        var classes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, line) in y.Keys().ToList())
        {
            if (!Slug().IsMatch(name))
            {
                errors.Add(new ContentError(y.File, line, $"word class '{name}' must be lower-case words joined by hyphens"));
                continue;
            }

            var items = y.TextItems(name, 1);
            foreach (var (word, itemLine) in items)
            {
                if (!PatternSet.Expand(word, out _, out var problem))
                {
                    errors.Add(new ContentError(y.File, itemLine, $"'{word}' in {name}: {problem}"));
                }
            }

            classes[name] = [.. items.Select(i => i.Text)];
        }

        return new Lexicons(classes);
    }

    private static RuleDefinition? ReadRule(string path, IReadOnlyDictionary<string, CodeMatcher> matchers, PhraseIndex.Builder phrases, Lexicons lexicons, List<ContentError> errors)
    {
        var y = Open(path, errors);
        if (y is null)
        {
            return null;
        }

        var before = errors.Count;
        var id = y.Text("id");
        if (id.Length > 0 && !Slug().IsMatch(id))
        {
            errors.Add(new ContentError(y.File, y.LineOf("id"), $"'id' must be lower-case words joined by hyphens (e.g. we-language), not '{id}'"));
        }

        var kindText = y.Text("kind");
        if (!Kinds.TryGetValue(kindText, out var kind) && kindText.Length > 0)
        {
            errors.Add(new ContentError(y.File, y.LineOf("kind"), $"'kind' must be one of {string.Join(", ", Kinds.Keys)}, not '{kindText}'"));
        }

        var sections = ReadSections(y, "sections", required: true);
        var levels = y.Has("levels") ? ReadLevels(y) : StarNames.Levels;
        var severity = ReadSeverity(y, "severity", required: true) ?? Severity.Warning;
        var penalty = y.Number("penalty", min: 0, max: 100);
        var maxPenalty = y.Number("maxPenalty", min: 0, max: 100, fallback: penalty);
        if (maxPenalty < penalty)
        {
            errors.Add(new ContentError(y.File, y.LineOf("maxPenalty"), $"'maxPenalty' ({maxPenalty}) must be at least 'penalty' ({penalty})"));
        }

        var message = y.Text("message");
        CheckPlaceholders(y, "message", message);
        var suggestion = y.OptionalText("suggestion");
        CheckPlaceholders(y, "suggestion", suggestion);

        PatternSet Patterns(string key, bool required)
        {
            var items = y.TextItems(key, required ? 1 : 0);
            return PatternSet.Compile(items, matchers, phrases, (line, msg) => errors.Add(new ContentError(y.File, line, msg)), lexicons);
        }

        var definition = new RuleDefinition
        {
            Id = id,
            Kind = kind,
            Description = y.Text("description"),
            Sections = sections,
            Levels = levels,
            Principles = y.Has("principles") ? ReadPrinciples(y) : [],
            File = y.File,
            Line = y.Line,
            Base = new RuleSettings(severity, penalty, maxPenalty, message, suggestion),
            ByLevel = ReadOverrides<Level>(y, "byLevel", k => StarNames.TryParseLevel(k, out var l) && l.Id() == k ? l : null, "sde1, sde2 or senior"),
            BySection = ReadOverrides<StarSection>(y, "bySection", k => StarNames.TryParseSection(k, out var s) && s.Id() == k && sections.Contains(s) ? s : null, "one of the rule's sections"),
            Examples = [],
        };

        switch (kind)
        {
            case RuleKind.Existence or RuleKind.Conditional or RuleKind.Ratio:
                var unlessWithin = kind == RuleKind.Ratio ? null : y.OptionalText("unlessWithin");
                if (unlessWithin is not null and not ("sentence" or "section" or "rest-of-story"))
                {
                    errors.Add(new ContentError(y.File, y.LineOf("unlessWithin"), $"'unlessWithin' must be sentence, section or rest-of-story, not '{unlessWithin}'"));
                }

                var negation = y.OptionalText("negation") ?? "ignore";
                if (negation is not ("ignore" or "cancels"))
                {
                    errors.Add(new ContentError(y.File, y.LineOf("negation"), $"'negation' must be cancels or ignore, not '{negation}'"));
                }

                definition = definition with
                {
                    Patterns = Patterns("patterns", required: true),
                    Exceptions = Patterns("exceptions", required: false),
                    Unless = kind == RuleKind.Ratio ? PatternSet.None : Patterns("unless", required: kind == RuleKind.Conditional),
                    UnlessWholeSection = unlessWithin == "section",
                    UnlessRestOfStory = unlessWithin == "rest-of-story",
                    MinCount = kind == RuleKind.Existence ? y.Number("minCount", min: 1, max: 20, fallback: 1) : 1,
                    GraceCount = kind == RuleKind.Ratio ? y.Number("graceCount", min: 0, max: 10, fallback: 0) : 0,
                    GracePatterns = kind == RuleKind.Ratio ? Patterns("gracePatterns", required: false) : PatternSet.None,
                    Against = kind == RuleKind.Ratio ? Patterns("against", required: true) : PatternSet.None,
                    MaxShare = kind == RuleKind.Ratio ? y.Fraction("maxShare", 0, 0.99, 0) : 0,
                    NegationCancels = negation == "cancels",
                    SkipQuoted = y.Bool("skipQuoted", fallback: true),
                    SubjectsOnly = y.Bool("subjectsOnly"),
                };
                break;
            case RuleKind.Absence:
                var reportAt = sections.Count > 0 ? sections[0] : StarSection.Situation;
                if (y.OptionalText("reportAt") is { } at)
                {
                    if (StarNames.TryParseSection(at, out var s) && sections.Contains(s))
                    {
                        reportAt = s;
                    }
                    else
                    {
                        errors.Add(new ContentError(y.File, y.LineOf("reportAt"), $"'reportAt' must be one of the rule's sections ({string.Join(", ", sections.Select(x => x.Id()))}), not '{at}'"));
                    }
                }

                definition = definition with { Patterns = Patterns("patterns", required: true), ReportAt = reportAt, NotRepeatedFrom = ReadSections(y, "notRepeatedFrom", required: false) };
                break;
            case RuleKind.Duration:
                definition = definition with
                {
                    Tolerance = y.Fraction("tolerance", 1, 10, 1.5),
                    SevereAbove = y.Fraction("severeAbove", 1, 100, 0),
                    SeverePenalty = y.Number("severePenalty", min: 0, max: 100, fallback: penalty),
                };
                break;
            case RuleKind.Thin:
                definition = definition with { MinWords = y.Number("minWords", min: 1, max: 1000), MinSentences = y.Number("minSentences", min: 1, max: 50, fallback: 1) };
                break;
            case RuleKind.Duplicate:
                definition = definition with { Threshold = y.Fraction("threshold", 0.1, 1, 0.6) };
                break;
            case RuleKind.Specificity:
                definition = definition with { MinShared = y.Number("minShared", min: 1, max: 20, fallback: 1), Ignore = Patterns("ignore", required: false) };
                break;
        }

        definition = definition with { Examples = ReadExamples(y, definition) };

        var allowed = KindKeys.TryGetValue(kind, out var extra) ? Common.Concat(extra).ToArray() : Common;
        foreach (var (key, line) in y.Keys())
        {
            if (!allowed.Contains(key) && Common.Concat(KindKeys.Values.SelectMany(k => k)).Contains(key))
            {
                errors.Add(new ContentError(y.File, line, $"'{key}' does not apply to kind {kindText}"));
            }
        }

        y.RejectUnknownKeys(KindKeys.Values.SelectMany(k => k).ToArray());
        return errors.Count == before ? definition : null;
    }

    private static void CheckPlaceholders(YamlReader y, string key, string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (Match m in Placeholder().Matches(text))
        {
            if (!Placeholders.Contains(m.Groups[1].Value))
            {
                y.Errors.Add(new ContentError(y.File, y.LineOf(key), $"unknown placeholder {m.Value} in '{key}' (known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))})"));
            }
        }
    }

    private static Severity? ReadSeverity(YamlReader y, string key, bool required)
    {
        var text = required ? y.Text(key) : y.OptionalText(key);
        switch (text)
        {
            case null or "":
                return null;
            case "error":
                return Severity.Error;
            case "warning":
                return Severity.Warning;
            case "hint":
                return Severity.Hint;
            default:
                y.Errors.Add(new ContentError(y.File, y.LineOf(key), $"'{key}' must be error, warning or hint, not '{text}'"));
                return null;
        }
    }

    private static List<StarSection> ReadSections(YamlReader y, string key, bool required)
    {
        var result = new List<StarSection>();
        foreach (var (text, line) in y.TextItems(key, required ? 1 : 0))
        {
            if (StarNames.TryParseSection(text, out var s) && s.Id() == text)
            {
                if (!result.Contains(s))
                {
                    result.Add(s);
                }
            }
            else
            {
                y.Errors.Add(new ContentError(y.File, line, $"'{text}' is not a section (situation, task, action, result, reflection)"));
            }
        }

        return result;
    }

    private static List<string> ReadPrinciples(YamlReader y)
    {
        var result = new List<string>();
        foreach (var (text, line) in y.TextItems("principles", 1))
        {
            if (Slug().IsMatch(text))
            {
                result.Add(text);
            }
            else
            {
                y.Errors.Add(new ContentError(y.File, line, $"'{text}' is not a theme slug (e.g. ownership, bias-for-action)"));
            }
        }

        return result;
    }

    private static List<Level> ReadLevels(YamlReader y)
    {
        var result = new List<Level>();
        foreach (var (text, line) in y.TextItems("levels", 1))
        {
            if (StarNames.TryParseLevel(text, out var l) && l.Id() == text)
            {
                result.Add(l);
            }
            else
            {
                y.Errors.Add(new ContentError(y.File, line, $"'{text}' is not a level (sde1, sde2, senior)"));
            }
        }

        return result;
    }

    private static Dictionary<TKey, RuleOverride> ReadOverrides<TKey>(YamlReader y, string key, Func<string, TKey?> parse, string expected)
        where TKey : struct
    {
        var result = new Dictionary<TKey, RuleOverride>();
        if (y.Map(key, required: false) is not { } map)
        {
            return result;
        }

        foreach (var (name, line) in map.Keys().ToList())
        {
            if (parse(name) is not { } k)
            {
                y.Errors.Add(new ContentError(y.File, line, $"'{key}' key '{name}' must be {expected}"));
                continue;
            }

            if (map.Map(name) is not { } o)
            {
                continue;
            }

            var message = o.OptionalText("message");
            CheckPlaceholders(o, "message", message);
            var suggestion = o.OptionalText("suggestion");
            CheckPlaceholders(o, "suggestion", suggestion);
            result[k] = new RuleOverride(
                ReadSeverity(o, "severity", required: false),
                o.Has("penalty") ? o.Number("penalty", min: 0, max: 100) : null,
                o.Has("maxPenalty") ? o.Number("maxPenalty", min: 0, max: 100) : null,
                message,
                suggestion);
            o.RejectUnknownKeys();
        }

        return result;
    }

    private static List<RuleExample> ReadExamples(YamlReader y, RuleDefinition rule)
    {
        var result = new List<RuleExample>();
        if (y.Map("examples") is not { } examples)
        {
            return result;
        }

        foreach (var bad in new[] { true, false })
        {
            foreach (var e in examples.MapList(bad ? "bad" : "good", min: 1))
            {
                if (ReadExample(e, rule, bad) is { } example)
                {
                    result.Add(example);
                }
            }
        }

        examples.RejectUnknownKeys();
        return result;
    }

    private static RuleExample? ReadExample(YamlReader e, RuleDefinition rule, bool bad)
    {
        var section = rule.Sections.Count > 0 ? rule.Sections[0] : StarSection.Situation;
        if (e.OptionalText("section") is { } sectionText)
        {
            if (StarNames.TryParseSection(sectionText, out var s) && rule.Sections.Contains(s))
            {
                section = s;
            }
            else
            {
                e.Errors.Add(new ContentError(e.File, e.LineOf("section"), $"'section' must be one of the rule's sections, not '{sectionText}'"));
            }
        }
        else if (rule.Kind == RuleKind.Absence)
        {
            section = rule.ReportAt;
        }

        var level = Level.Sde2;
        if (e.OptionalText("level") is { } levelText)
        {
            if (!StarNames.TryParseLevel(levelText, out level))
            {
                e.Errors.Add(new ContentError(e.File, e.LineOf("level"), $"'level' must be sde1, sde2 or senior, not '{levelText}'"));
            }
            else if (!rule.Levels.Contains(level))
            {
                e.Errors.Add(new ContentError(e.File, e.LineOf("level"), $"the rule does not apply at level {levelText}, so this example tests nothing"));
            }
        }
        else if (!rule.Levels.Contains(level))
        {
            level = rule.Levels.Count > 0 ? rule.Levels[0] : Level.Sde2;
        }

        var sections = new Dictionary<StarSection, string>();
        if (e.Has("text") == e.Has("story"))
        {
            e.Error("an example needs exactly one of 'text' (one section) or 'story' (a mapping of sections)");
        }
        else if (e.Has("text"))
        {
            // Read raw so that leading/trailing spaces a coach typed stay part of the example.
            sections[section] = e.Text("text");
        }
        else if (e.Map("story") is { } story)
        {
            foreach (var s in StarNames.Sections)
            {
                if (story.OptionalText(s.Id()) is { } t)
                {
                    sections[s] = t;
                }
            }

            story.RejectUnknownKeys();
        }

        var span = e.OptionalText("span");
        var needsSpan = rule.Kind is RuleKind.Existence or RuleKind.Conditional or RuleKind.Ratio;
        var principles = e.Has("principles") ? e.TextItems("principles").Select(t => t.Text).ToList() : rule.Principles.Take(1).ToList();
        if (bad && needsSpan && span is null)
        {
            e.Error("a bad example of this kind needs 'span': the text the finding must cover");
        }

        if (!bad && span is not null)
        {
            e.Errors.Add(new ContentError(e.File, e.LineOf("span"), "a good example has no span: the rule must not fire on it"));
        }

        if (span is not null && !(sections.TryGetValue(section, out var sectionText2) && sectionText2.Contains(span, StringComparison.Ordinal)))
        {
            e.Errors.Add(new ContentError(e.File, e.LineOf("span"), $"span \"{span}\" does not occur in the example's {section.Id()} text"));
        }

        e.RejectUnknownKeys();
        return new RuleExample
        {
            Bad = bad,
            Story = new StarStory { Level = level, Sections = sections, Principles = principles },
            Section = section,
            Span = span,
            Line = e.Line,
        };
    }
}
