using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Levels;

/// <summary>One scope signal found in a story, on the words that show it.</summary>
/// <param name="Signal">The signal's id ("cross-team").</param>
/// <param name="Label">Its label for people.</param>
/// <param name="Section">Where it was found.</param>
/// <param name="Start">Start in UTF-16 units of the section text.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Text">The words.</param>
public sealed record LevelSignal(string Signal, string Label, StarSection Section, int Start, int Length, string Text);

/// <summary>A signal a story lacks for a band, with what to add.</summary>
public sealed record LevelAdvice(string Signal, string Label, string Advice);

/// <summary>Where a story sits against the bands, and why.</summary>
/// <param name="Shows">The highest band whose requirements the story meets.</param>
/// <param name="Target">The level the story is written for (its front matter / editor choice).</param>
/// <param name="Signals">Every signal found, in speaking order, first occurrence per signal and section.</param>
/// <param name="MissingFor">For each band above <paramref name="Shows"/>: the two or three things that would lift it there.</param>
/// <param name="Summary">One or two plain sentences; says so when the story shows less than its target.</param>
public sealed record LevelPlacement(
    Level Shows,
    Level Target,
    IReadOnlyList<LevelSignal> Signals,
    IReadOnlyDictionary<Level, IReadOnlyList<LevelAdvice>> MissingFor,
    string Summary)
{
    /// <summary>True when the story shows less scope than the level it is written for.</summary>
    public bool BelowTarget => Shows < Target;

    /// <summary>The distinct signal ids found.</summary>
    public IReadOnlySet<string> SignalIds => Signals.Select(s => s.Signal).ToHashSet(StringComparer.Ordinal);

    /// <summary>The next band up, or null at Senior.</summary>
    public Level? Next => Shows == Level.Senior ? null : Shows + 1;
}

/// <summary>
/// The level-gap meter: finds the scope signals of <see cref="LevelBands"/> in a story's text
/// (outside quotes, not negated: "I did not have to align other teams" is not reach) and places it
/// in the highest band it satisfies. Deterministic and explainable like the scorer: every signal has
/// a span, every missing one has advice. Thread-safe; build once per loaded content.
/// </summary>
public sealed class LevelMeter
{
    private readonly LevelBands _bands;

    public LevelMeter(LevelBands bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        _bands = bands;
    }

    public LevelBands Bands => _bands;

    public LevelPlacement Place(StarStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var found = new List<LevelSignal>();
        foreach (var section in StarNames.Sections)
        {
            var text = story.Text(section);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var st = new SectionText(section, text, _bands.Phrases);
            foreach (var signal in _bands.Signals)
            {
                if (!signal.Sections.Contains(section))
                {
                    continue;
                }

                foreach (var span in signal.Patterns.Find(st))
                {
                    if (st.InQuote(span.Start) || Language.IsNegated(st, span.Start))
                    {
                        continue;
                    }

                    found.Add(new LevelSignal(signal.Id, signal.Label, section, span.Start, span.Length, text.Substring(span.Start, span.Length)));
                    break; // one span per signal and section is enough to show it
                }
            }
        }

        found.Sort((a, b) => a.Section != b.Section ? a.Section.CompareTo(b.Section) : a.Start.CompareTo(b.Start));
        var ids = found.Select(f => f.Signal).ToHashSet(StringComparer.Ordinal);
        var shows = Level.Sde1;
        foreach (var band in _bands.Bands)
        {
            if (Meets(band, ids))
            {
                shows = band.Level;
            }
            else
            {
                break;
            }
        }

        var missing = new Dictionary<Level, IReadOnlyList<LevelAdvice>>();
        foreach (var band in _bands.Bands.Where(b => b.Level > shows))
        {
            missing[band.Level] = Missing(band, ids);
        }

        return new LevelPlacement(shows, story.Level, found, missing, Summarise(shows, story.Level, missing));
    }

    private static bool Meets(LevelBand band, HashSet<string> ids) =>
        band.Always.All(ids.Contains) && (band.OneOf.Count == 0 || band.OneOf.Any(ids.Contains)) && band.From.Count(ids.Contains) >= band.Needs;

    /// <summary>What lifts a story into <paramref name="band"/>: its required signals first, then enough of the rest; at most three.</summary>
    private List<LevelAdvice> Missing(LevelBand band, HashSet<string> ids)
    {
        var list = new List<string>();
        list.AddRange(band.Always.Where(a => !ids.Contains(a)));
        if (band.OneOf.Count > 0 && !band.OneOf.Any(ids.Contains))
        {
            list.Add(band.OneOf[0]);
        }

        var shortBy = Math.Max(0, band.Needs - band.From.Count(ids.Contains) - list.Count(band.From.Contains));
        list.AddRange(band.From.Where(f => !ids.Contains(f) && !list.Contains(f)).Take(Math.Max(shortBy, list.Count == 0 ? 1 : 0)));
        return [.. list.Take(3).Select(id => _bands.Signal(id)!).Select(s => new LevelAdvice(s.Id, s.Label, s.Advice))];
    }

    private static string Summarise(Level shows, Level target, Dictionary<Level, IReadOnlyList<LevelAdvice>> missing)
    {
        if (shows < target)
        {
            var needs = missing.TryGetValue(target, out var m) && m.Count > 0
                ? " To read as " + target.Display() + ": " + string.Join("; ", m.Select(a => a.Label.ToLowerInvariant())) + "."
                : "";
            return $"Written for {target.Display()}, this story shows {shows.Display()} scope.{needs}";
        }

        if (shows == target)
        {
            return $"This story shows {shows.Display()} scope, the level it is written for.";
        }

        return $"This story shows {shows.Display()} scope, above the {target.Display()} it is written for.";
    }
}
