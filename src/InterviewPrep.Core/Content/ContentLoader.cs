using System.Text.RegularExpressions;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Content;

/// <summary>The outcome of loading a content folder: a catalog, or every problem found.</summary>
public sealed record ContentLoadResult(ContentCatalog? Catalog, IReadOnlyList<ContentError> Errors)
{
    public bool Ok => Catalog is not null && Errors.Count == 0;
}

/// <summary>
/// Loads <c>content/</c> (companies.yaml, themes/*.yaml, walkthroughs/*.yaml, scoring/*.yaml)
/// into immutable records. Never throws for a content problem: it keeps reading so that one run
/// reports every problem, each with file and line, and returns no catalog if there were any,
/// because a half-loaded site is worse than one that refuses to start.
/// </summary>
public static partial class ContentLoader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>Loads and validates everything under <paramref name="root"/>.</summary>
    public static ContentLoadResult Load(string root)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(Display(root), 0, "content folder not found (set Content:Path or --content)"));
            return new ContentLoadResult(null, errors);
        }

        var refs = new List<Reference>();
        var companies = LoadCompanies(root, errors, refs, out var startLines);
        var themes = new List<Theme>();
        foreach (var file in YamlFiles(Path.Combine(root, "themes")))
        {
            if (ReadTheme(file, errors, refs) is { } theme)
            {
                themes.Add(theme);
            }
        }

        var walkthroughs = new List<Walkthrough>();
        foreach (var file in YamlFiles(Path.Combine(root, "walkthroughs")))
        {
            if (ReadWalkthrough(file, errors, refs) is { } walkthrough)
            {
                walkthroughs.Add(walkthrough);
            }
        }

        // Scoring rules are content too: a coach's typo in a rule must stop start-up like a typo in a
        // theme. A content folder without scoring/ (older copies, other tools' fixtures) scores
        // with no rules rather than failing.
        var scoringFolder = Path.Combine(root, "scoring");
        var scoring = Directory.Exists(scoringFolder) ? ScoringRuleLoader.Load(scoringFolder, errors) : ScoringRuleSet.Empty;
        var mock = Mock.MockSettingsLoader.Load(Path.Combine(root, "mock"), scoring is { Rules.Count: > 0 } ? scoring.RuleIds : null, errors);

        // Fact-lock and the level meter read their own files; both optional so older content folders still load.
        var factsPath = Path.Combine(root, Facts.FactRules.FileName);
        var facts = File.Exists(factsPath) ? Facts.FactRules.Load(factsPath, errors) : null;
        var levelsPath = Path.Combine(root, Levels.LevelBands.FileName);
        Levels.LevelBands? levels = null;
        if (File.Exists(levelsPath))
        {
            if (facts is null && !File.Exists(factsPath))
            {
                errors.Add(new ContentError(Display(levelsPath), 0, $"needs {Facts.FactRules.FileName} beside it: its @people-count, @money and @customer-count matchers read numbers with it"));
            }
            else if (facts is not null)
            {
                levels = Levels.LevelBands.Load(levelsPath, facts, Path.Combine(scoringFolder, ScoringRuleLoader.LexiconFile), errors);
            }
        }

        if (scoring is not null && levels is not null)
        {
            scoring = scoring.WithLevels(new Levels.LevelMeter(levels));
        }

        // A file that cannot be read at all leaves every reference to what it defines dangling;
        // those follow-on errors (a dozen for one theme) would bury the one that matters, so the
        // cross-file checks wait until every file reads.
        var unreadable = errors.Where(Unreadable).ToList();
        if (unreadable.Count > 0)
        {
            return new ContentLoadResult(null, [.. Sorted(unreadable), .. Sorted([.. errors.Except(unreadable)])]);
        }

        CheckDuplicates(themes, t => t.Slug, t => t.SourceFile, "theme slug", errors);
        CheckDuplicates(walkthroughs, w => w.Slug, w => w.SourceFile, "walkthrough slug", errors);

        var themeSlugs = themes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var companyIds = companies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in refs)
        {
            var known = r.Kind == RefKind.Company ? companyIds : themeSlugs;
            if (!known.Contains(r.Target))
            {
                var what = r.Kind == RefKind.Company ? "company" : "theme";
                var hint = Suggest(r.Target, known);
                errors.Add(new ContentError(r.File, r.Line, $"{r.Field} names {what} '{r.Target}', which does not exist{hint}"));
            }
        }

        // A company's first-story theme must be one of its own themes.
        foreach (var c in companies.Where(c => c.StartWith is not null))
        {
            var theme = themes.FirstOrDefault(t => t.Slug == c.StartWith);
            if (theme is not null && theme.CompanyId != c.Id)
            {
                errors.Add(new ContentError(startLines[c.Id].File, startLines[c.Id].Line, $"start_with names theme '{theme.Slug}', which belongs to company '{theme.CompanyId}', not '{c.Id}'"));
            }
        }

        if (errors.Count > 0)
        {
            return new ContentLoadResult(null, Sorted(errors));
        }

        return new ContentLoadResult(new ContentCatalog(root, companies, themes, walkthroughs, scoring, mock, facts, levels), []);
    }

    /// <summary>Loads, or throws <see cref="ContentValidationException"/> listing every problem.</summary>
    public static ContentCatalog LoadOrThrow(string root)
    {
        var result = Load(root);
        return result.Ok ? result.Catalog! : throw new ContentValidationException(result.Errors);
    }

    private static bool Unreadable(ContentError e) =>
        e.Message.StartsWith("invalid YAML", StringComparison.Ordinal)
        || e.Message.StartsWith("cannot read file", StringComparison.Ordinal)
        || e.Message.StartsWith(YamlLimits.Content.What, StringComparison.Ordinal)
        || e.Message.StartsWith("expected a mapping", StringComparison.Ordinal);

    private static List<ContentError> Sorted(List<ContentError> errors) =>
        [.. errors.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)];

    private enum RefKind
    {
        Theme,
        Company,
    }

    private sealed record Reference(string File, int Line, string Field, string Target, RefKind Kind);

    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }

    private static IEnumerable<string> YamlFiles(string dir) =>
        Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [];

    private static YamlReader? OpenFile(string path, List<ContentError> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            errors.Add(new ContentError(Display(path), 0, $"cannot read file: {ex.Message}"));
            return null;
        }

        return YamlReader.Open(text, Display(path), errors);
    }

    private static List<Company> LoadCompanies(string root, List<ContentError> errors, List<Reference> refs, out Dictionary<string, (string File, int Line)> startLines)
    {
        var path = Path.Combine(root, "companies.yaml");
        var result = new List<Company>();
        startLines = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(Display(path), 0, "missing: the list of companies is required"));
            return result;
        }

        var y = OpenFile(path, errors);
        if (y is null)
        {
            return result;
        }

        var order = 0;
        foreach (var c in y.MapList("companies", min: 1))
        {
            var id = c.Text("id");
            CheckSlug(c, id, "id");
            var startWith = c.OptionalText("start_with");
            var why = c.OptionalText("start_with_why");
            if (startWith is not null)
            {
                refs.Add(new Reference(y.File, c.LineOf("start_with"), "start_with", startWith, RefKind.Theme));
                startLines[id] = (y.File, c.LineOf("start_with"));
            }
            else if (why is not null)
            {
                c.Errors.Add(new ContentError(c.File, c.LineOf("start_with_why"), "'start_with_why' needs 'start_with': name the theme it explains"));
            }

            result.Add(new Company { Id = id, Name = c.Text("name"), Blurb = c.Text("blurb"), Order = order++, StartWith = startWith, StartWithWhy = why });
            c.RejectUnknownKeys();
        }

        y.RejectUnknownKeys();
        CheckDuplicates(result, c => c.Id, _ => y.File, "company id", errors);
        return result;
    }

    private static void CheckSlug(YamlReader y, string slug, string field = "slug")
    {
        if (slug.Length > 0 && !SlugPattern().IsMatch(slug))
        {
            y.Errors.Add(new ContentError(y.File, y.LineOf(field), $"'{field}' must be lower-case words joined by hyphens (e.g. dive-deep), not '{slug}'"));
        }
    }

    private static void CheckFileName(YamlReader y, string path, string slug)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (slug.Length > 0 && name != slug)
        {
            y.Errors.Add(new ContentError(y.File, y.LineOf("slug"), $"slug '{slug}' does not match the file name '{name}': name the file {slug}.yaml"));
        }
    }

    private static void CheckDuplicates<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> file, string what, List<ContentError> errors)
    {
        foreach (var group in items.GroupBy(key).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            var first = file(group.First());
            foreach (var dup in group.Skip(1))
            {
                errors.Add(new ContentError(file(dup), 0, $"duplicate {what} '{group.Key}' (also used in {first})"));
            }
        }
    }

    private static Theme? ReadTheme(string path, List<ContentError> errors, List<Reference> refs)
    {
        var y = OpenFile(path, errors);
        if (y is null)
        {
            return null;
        }

        var before = errors.Count;
        var slug = y.Text("slug");
        CheckSlug(y, slug);
        CheckFileName(y, path, slug);
        var company = y.Text("company");
        refs.Add(new Reference(y.File, y.LineOf("company"), "company", company, RefKind.Company));

        var theme = new Theme
        {
            Slug = slug,
            Name = y.Text("name"),
            CompanyId = company,
            Order = y.Number("order", min: 0, fallback: 1000),
            Tagline = y.Text("tagline"),
            About = y.Text("about"),
            Evaluates = y.TextList("evaluates", min: 3),
            Prompts = y.TextList("prompts", min: 3),
            Samples = y.MapList("samples").Select(ReadSample).ToList(),
            Pitfalls = y.TextList("pitfalls", min: 3),
            FollowUpStrategies = y.TextList("followUpStrategies"),
            Related = ThemeRefs(y, "related", refs),
            TestedBy = CompanyRefs(y, "testedBy", refs),
            NearestPrinciples = ThemeRefs(y, "nearestPrinciples", refs),
            LevelNotes = ReadLevelMap(y.Map("levelNotes", required: false), requireAll: false),
            SourceFile = y.File,
        };

        if (theme.Related.Contains(slug))
        {
            y.Errors.Add(new ContentError(y.File, y.LineOf("related"), $"'related' lists the theme itself ('{slug}')"));
        }

        y.RejectUnknownKeys();
        return errors.Count == before ? theme : null;
    }

    private static IReadOnlyList<string> ThemeRefs(YamlReader y, string field, List<Reference> refs)
    {
        var list = y.TextList(field);
        var line = y.LineOf(field);
        refs.AddRange(list.Select(s => new Reference(y.File, line, field, s, RefKind.Theme)));
        return list;
    }

    private static IReadOnlyList<string> CompanyRefs(YamlReader y, string field, List<Reference> refs)
    {
        var list = y.TextList(field);
        var line = y.LineOf(field);
        refs.AddRange(list.Select(s => new Reference(y.File, line, field, s, RefKind.Company)));
        return list;
    }

    private static SampleAnswer ReadSample(YamlReader s)
    {
        var strength = s.Text("strength");
        if (strength is not ("strong" or "weak") && strength.Length > 0)
        {
            s.Error($"'strength' must be strong or weak, not '{strength}'");
        }

        Level? level = null;
        if (s.OptionalText("level") is { } lv)
        {
            if (StarNames.TryParseLevel(lv, out var parsed))
            {
                level = parsed;
            }
            else
            {
                s.Errors.Add(new ContentError(s.File, s.LineOf("level"), $"'level' must be sde1, sde2 or senior, not '{lv}'"));
            }
        }

        var sections = ReadSectionTexts(s);
        var sample = new SampleAnswer
        {
            Title = s.Text("title"),
            Strength = strength == "weak" ? SampleStrength.Weak : SampleStrength.Strong,
            Level = level,
            Sections = sections,
            Notes = s.TextList("notes", min: 1),
            Line = s.Line,
        };

        if (sample.Strength == SampleStrength.Strong)
        {
            foreach (var section in StarNames.Sections.Take(4).Where(x => !sections.ContainsKey(x)))
            {
                s.Error($"a strong sample needs every section; '{section.Id()}' is missing");
            }
        }
        else if (sections.Count == 0)
        {
            s.Error("a sample needs at least one section (situation, task, action, result, reflection)");
        }

        s.RejectUnknownKeys();
        return sample;
    }

    /// <summary>Reads whichever of situation/task/action/result/reflection the mapping has.</summary>
    private static Dictionary<StarSection, string> ReadSectionTexts(YamlReader y)
    {
        var result = new Dictionary<StarSection, string>();
        foreach (var section in StarNames.Sections)
        {
            if (y.OptionalText(section.Id()) is { } text)
            {
                result[section] = text;
            }
        }

        return result;
    }

    private static Dictionary<Level, string> ReadLevelMap(YamlReader? y, bool requireAll)
    {
        var result = new Dictionary<Level, string>();
        if (y is null)
        {
            return result;
        }

        foreach (var level in StarNames.Levels)
        {
            var text = requireAll ? y.Text(level.Id()) : y.OptionalText(level.Id());
            if (!string.IsNullOrEmpty(text))
            {
                result[level] = text;
            }
        }

        y.RejectUnknownKeys();
        return result;
    }

    private static Walkthrough? ReadWalkthrough(string path, List<ContentError> errors, List<Reference> refs)
    {
        var y = OpenFile(path, errors);
        if (y is null)
        {
            return null;
        }

        var before = errors.Count;
        var slug = y.Text("slug");
        CheckSlug(y, slug);
        CheckFileName(y, path, slug);
        var principle = y.Text("principle");
        refs.Add(new Reference(y.File, y.LineOf("principle"), "principle", principle, RefKind.Theme));

        var walkthrough = new Walkthrough
        {
            Slug = slug,
            Question = y.Text("question"),
            Principle = principle,
            Domain = y.Text("domain"),
            Overview = y.Text("overview"),
            Summary = y.Text("summary"),
            Takeaways = y.TextList("takeaways", min: 1),
            Sections = ReadWalkthroughSections(y.Map("sections")),
            LevelReflections = ReadLevelMap(y.Map("levelReflections"), requireAll: true),
            FollowUps = y.MapList("followUps", min: 3).Select(ReadFollowUp).ToList(),
            WeakAnswer = ReadWeakAnswer(y.Map("weakAnswer")),
            Reangles = y.MapList("reangles", min: 1).Select(r => ReadReangle(r, refs)).ToList(),
            Levels = y.MapList("levels", min: 2).Select(ReadLevelVariant).ToList(),
            Quiz = ReadQuiz(y),
            SourceFile = y.File,
        };

        y.RejectUnknownKeys();
        return errors.Count == before ? walkthrough : null;
    }

    private static List<WalkthroughSection> ReadWalkthroughSections(YamlReader? y)
    {
        var result = new List<WalkthroughSection>();
        if (y is null)
        {
            return result;
        }

        foreach (var section in StarNames.Sections)
        {
            var s = y.Map(section.Id());
            if (s is null)
            {
                continue;
            }

            var example = s.Text("example");
            var phrases = s.TextList("keyPhrases", min: 1);
            var phrasesLine = s.LineOf("keyPhrases");
            foreach (var phrase in phrases)
            {
                if (example.Length > 0 && !example.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    s.Errors.Add(new ContentError(s.File, phrasesLine, $"key phrase \"{phrase}\" does not occur in the {section.Id()} example, so it cannot be highlighted there"));
                }
            }

            result.Add(new WalkthroughSection
            {
                Section = section,
                TargetSeconds = s.Number("targetSeconds", min: 5, max: 300),
                Example = example,
                KeyPhrases = phrases,
                Coaching = s.Text("coaching"),
                Mistake = s.Text("mistake"),
            });
            s.RejectUnknownKeys();
        }

        y.RejectUnknownKeys();
        return result;
    }

    private static FollowUp ReadFollowUp(YamlReader f)
    {
        var followUp = new FollowUp
        {
            Question = f.Text("question"),
            Probes = f.Text("probes"),
            Weak = f.Text("weak"),
            WeakWhy = f.Text("weakWhy"),
            Strong = f.Text("strong"),
            KeyPhrase = f.Text("keyPhrase"),
        };
        f.RejectUnknownKeys();
        return followUp;
    }

    private static WeakAnswer ReadWeakAnswer(YamlReader? y)
    {
        if (y is null)
        {
            return new WeakAnswer { Sections = new Dictionary<StarSection, string>(), Problems = [], Verdict = "" };
        }

        var sections = ReadSectionTexts(y);
        if (sections.Count == 0)
        {
            y.Error("the weak answer needs at least one section (situation, task, action, result, reflection)");
        }

        var problems = new List<WeakProblem>();
        foreach (var p in y.MapList("problems", min: 2))
        {
            var quote = p.OptionalText("quote");
            if (quote is not null && !sections.Values.Any(t => t.Contains(quote, StringComparison.OrdinalIgnoreCase)))
            {
                p.Errors.Add(new ContentError(p.File, p.LineOf("quote"), $"quote \"{quote}\" does not occur in the weak answer, so it cannot be marked"));
            }

            problems.Add(new WeakProblem { Quote = quote, Note = p.Text("note") });
            p.RejectUnknownKeys();
        }

        var answer = new WeakAnswer { Sections = sections, Problems = problems, Verdict = y.Text("verdict") };
        y.RejectUnknownKeys();
        return answer;
    }

    private static Reangle ReadReangle(YamlReader r, List<Reference> refs)
    {
        var principle = r.Text("principle");
        refs.Add(new Reference(r.File, r.LineOf("principle"), "reangle principle", principle, RefKind.Theme));
        var reangle = new Reangle
        {
            Principle = principle,
            LeadWith = r.Text("leadWith"),
            Emphasise = r.Text("emphasise"),
            Downplay = r.Text("downplay"),
        };
        r.RejectUnknownKeys();
        return reangle;
    }

    private static LevelVariant ReadLevelVariant(YamlReader l)
    {
        var text = l.Text("level");
        if (!StarNames.TryParseLevel(text, out var level) && text.Length > 0)
        {
            l.Errors.Add(new ContentError(l.File, l.LineOf("level"), $"'level' must be sde1, sde2 or senior, not '{text}'"));
        }

        var variant = new LevelVariant { Level = level, Focus = l.Text("focus"), Bar = l.Text("bar"), TimeBudget = l.Text("timeBudget") };
        l.RejectUnknownKeys();
        return variant;
    }

    private static readonly Dictionary<string, QuizKind> QuizKinds = new(StringComparer.Ordinal)
    {
        ["best-phrase"] = QuizKind.BestPhrase,
        ["disqualifier"] = QuizKind.Disqualifier,
        ["strongest-result"] = QuizKind.StrongestResult,
        ["which-section"] = QuizKind.WhichSection,
        ["follow-up"] = QuizKind.FollowUp,
        ["concept"] = QuizKind.Concept,
    };

    private static List<QuizQuestion> ReadQuiz(YamlReader y)
    {
        var result = new List<QuizQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in y.MapList("quiz", min: 8))
        {
            var id = q.Text("id");
            if (id.Length > 0 && !ids.Add(id))
            {
                q.Errors.Add(new ContentError(q.File, q.LineOf("id"), $"duplicate quiz question id '{id}'"));
            }

            var kindText = q.Text("kind");
            if (!QuizKinds.TryGetValue(kindText, out var kind) && kindText.Length > 0)
            {
                q.Errors.Add(new ContentError(q.File, q.LineOf("kind"), $"'kind' must be one of {string.Join(", ", QuizKinds.Keys)}, not '{kindText}'"));
            }

            var options = new List<QuizOption>();
            foreach (var o in q.MapList("options", min: 2))
            {
                options.Add(new QuizOption { Text = o.Text("text"), Correct = o.Bool("correct") });
                o.RejectUnknownKeys();
            }

            var correct = options.Count(o => o.Correct);
            if (options.Count >= 2 && correct != 1)
            {
                q.Errors.Add(new ContentError(q.File, q.LineOf("options"), $"quiz question '{id}' must have exactly one correct option, found {correct}"));
            }

            if (options.Select(o => o.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            {
                q.Errors.Add(new ContentError(q.File, q.LineOf("options"), $"quiz question '{id}' repeats an option"));
            }

            result.Add(new QuizQuestion { Id = id, Kind = kind, Prompt = q.Text("prompt"), Options = options, Explanation = q.Text("explanation") });
            q.RejectUnknownKeys();
        }

        return result;
    }

    private static string Suggest(string target, IReadOnlySet<string> known)
    {
        var best = known.OrderBy(k => Distance(k, target)).FirstOrDefault();
        return best is not null && Distance(best, target) <= Math.Max(2, target.Length / 4) ? $" (did you mean '{best}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
