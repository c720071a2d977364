using InterviewPrep.Core.Content;
using InterviewPrep.Core.Levels;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Facts;

/// <summary>One labelled change of a pair: the exact words on each side (substrings of the files).</summary>
public sealed record LabelledChange(string Kind, string Original, string Variant, string What);

/// <summary>An original/variant pair of the blind corpus with its labels (<c>labels.yaml</c>).</summary>
public sealed record LabelledPair(string Name, StoryDocument Original, StoryDocument Variant, IReadOnlyList<LabelledChange> Changed);

/// <summary>Precision and recall of changed-fact detection on labelled pairs, with what went wrong where.</summary>
public sealed record FactCorpusFigures(int Pairs, int Labelled, int Predicted, int TruePositives, int Detected, int PairsAgreeing, IReadOnlyList<string> Misses)
{
    /// <summary>Share of predicted changes that match a labelled one (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    /// <summary>Share of labelled changes found (1 when none were labelled).</summary>
    public double Recall => Labelled == 0 ? 1 : (double)Detected / Labelled;

    /// <summary>Share of pairs where "some fact changed" (the CLI's exit 1) agrees with the labels.</summary>
    public double PairAgreement => Pairs == 0 ? 1 : (double)PairsAgreeing / Pairs;
}

/// <summary>Level agreement on labelled stories.</summary>
public sealed record LevelCorpusFigures(int Stories, int Agreeing, IReadOnlyList<string> Misses)
{
    public double Agreement => Stories == 0 ? 1 : (double)Agreeing / Stories;
}

/// <summary>
/// Loads and scores the blind fact corpus (tests/corpus/facts): pairs/NAME/{original,variant}.md with
/// labels.yaml (<c>changed: [{kind, original, variant, what}]</c>, <c>omitted</c>, <c>added</c>, <c>note</c>),
/// and level stories *.md with one labels.yaml (<c>NAME.md: {shows, why}</c>). A predicted change counts
/// as right when its words overlap the labelled words on either side.
/// </summary>
public static class FactCorpus
{
    public static IReadOnlyList<LabelledPair> LoadPairs(string folder, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var pairs = new List<LabelledPair>();
        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var original = Read(Path.Combine(dir, "original.md"), errors);
            var variant = Read(Path.Combine(dir, "variant.md"), errors);
            var labelsPath = Path.Combine(dir, "labels.yaml");
            var y = File.Exists(labelsPath) ? YamlReader.Open(File.ReadAllText(labelsPath), ContentLoader.Display(labelsPath), errors) : null;
            if (y is null || original is null || variant is null)
            {
                errors.Add(new ContentError(ContentLoader.Display(dir), 0, "a pair needs original.md, variant.md and labels.yaml"));
                continue;
            }

            var changed = new List<LabelledChange>();
            foreach (var c in y.MapList("changed"))
            {
                changed.Add(new LabelledChange(c.Text("kind"), c.Text("original"), c.Text("variant"), c.OptionalText("what") ?? ""));
                c.RejectUnknownKeys();
            }

            y.TextList("omitted");
            y.TextList("added");
            y.OptionalText("note");
            y.RejectUnknownKeys();
            pairs.Add(new LabelledPair(Path.GetFileName(dir), original, variant, changed));
        }

        return pairs;
    }

    public static FactCorpusFigures Evaluate(FactComparer comparer, IReadOnlyList<LabelledPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        ArgumentNullException.ThrowIfNull(pairs);
        int labelled = 0, predicted = 0, tp = 0, detected = 0, agreeing = 0;
        var misses = new List<string>();
        foreach (var pair in pairs)
        {
            var result = comparer.Compare(pair.Original.Story, pair.Variant.Story);
            labelled += pair.Changed.Count;
            predicted += result.Changed.Count;
            var found = new HashSet<LabelledChange>();
            foreach (var c in result.Changed)
            {
                var match = pair.Changed.FirstOrDefault(l => Overlaps(pair.Variant, c.Variant, l.Variant) || Overlaps(pair.Original, c.Original, l.Original));
                if (match is not null)
                {
                    tp++;
                    found.Add(match);
                }
                else
                {
                    misses.Add($"{pair.Name}: false {c.Rule}: variant “{c.Variant.Text}” vs original “{c.Original.Text}”");
                }
            }

            detected += found.Count;
            foreach (var l in pair.Changed.Where(l => !found.Contains(l)))
            {
                misses.Add($"{pair.Name}: missed {l.Kind}: “{l.Original}” → “{l.Variant}”");
            }

            if (result.AnyChanged == (pair.Changed.Count > 0))
            {
                agreeing++;
            }
        }

        return new FactCorpusFigures(pairs.Count, labelled, predicted, tp, detected, agreeing, misses);
    }

    public static LevelCorpusFigures EvaluateLevels(LevelMeter meter, string folder, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(errors);
        var labelsPath = Path.Combine(folder, "labels.yaml");
        var y = YamlReader.Open(File.ReadAllText(labelsPath), ContentLoader.Display(labelsPath), errors);
        if (y is null)
        {
            return new LevelCorpusFigures(0, 0, []);
        }

        int stories = 0, agreeing = 0;
        var misses = new List<string>();
        foreach (var (name, _) in y.Keys().ToList())
        {
            var entry = y.Map(name);
            if (entry is null)
            {
                continue;
            }

            var showsText = entry.Text("shows");
            entry.OptionalText("why");
            entry.RejectUnknownKeys();
            if (!StarNames.TryParseLevel(showsText, out var shows) || Read(Path.Combine(folder, name), errors) is not { } doc)
            {
                errors.Add(new ContentError(y.File, y.LineOf(name), $"cannot evaluate '{name}'"));
                continue;
            }

            stories++;
            var placement = meter.Place(doc.Story);
            if (placement.Shows == shows)
            {
                agreeing++;
            }
            else
            {
                misses.Add($"{name}: labelled {shows.Id()}, meter shows {placement.Shows.Id()} [{string.Join(", ", placement.SignalIds.Order(StringComparer.Ordinal))}]");
            }
        }

        return new LevelCorpusFigures(stories, agreeing, misses);
    }

    private static bool Overlaps(StoryDocument doc, Fact fact, string labelled)
    {
        if (!doc.Offsets.TryGetValue(fact.Section, out var offset) || labelled.Length == 0)
        {
            return false;
        }

        var start = offset + fact.Start;
        var end = start + fact.Length;
        for (var at = doc.Text.IndexOf(labelled, StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf(labelled, at + 1, StringComparison.Ordinal))
        {
            if (at < end && start < at + labelled.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static StoryDocument? Read(string path, List<ContentError> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(ContentLoader.Display(path), 0, "missing"));
            return null;
        }

        var parsed = StoryMarkdown.Parse(File.ReadAllText(path), ContentLoader.Display(path));
        errors.AddRange(parsed.Errors);
        return parsed.Document;
    }
}
