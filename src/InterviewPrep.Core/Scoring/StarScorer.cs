using System.Globalization;
using System.Text;

namespace InterviewPrep.Core.Scoring;

/// <summary>
/// Scores STAR stories against a <see cref="ScoringRuleSet"/>. Deterministic and explainable: every
/// finding names a rule, a section and a span, and the score is the list of deductions. The scorer
/// keeps no per-call state, so one instance can serve every request concurrently.
/// </summary>
/// <example>
/// <code>
/// var scorer = new StarScorer(catalog.Scoring);
/// ScoreReport report = scorer.Score(StarStory.Create(situation, task, action, result, reflection, Level.Senior));
/// </code>
/// </example>
public sealed class StarScorer
{
    private readonly ScoringRuleSet _rules;

    public StarScorer(ScoringRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    public ScoringRuleSet Rules => _rules;

    /// <summary>Scores one story. Never throws for content; an empty story simply scores 0.</summary>
    public ScoreReport Score(StarStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var texts = Texts(story, _rules.Phrases);
        var hits = new List<Hit>();
        foreach (var rule in _rules.Rules)
        {
            if (rule.Levels.Contains(story.Level) && rule.AppliesTo(story.Principles))
            {
                Evaluate(rule, texts, story.Level, hits);
            }
        }

        var report = BuildReport(story, texts, hits);
        return _rules.Levels is { } meter ? report with { LevelPlacement = meter.Place(story) } : report;
    }

    /// <summary>Runs a single rule (the data-driven test of each rule file's examples uses it).</summary>
    internal IReadOnlyList<Finding> Run(ScoringRule rule, StarStory story)
    {
        var hits = new List<Hit>();
        if (rule.Levels.Contains(story.Level) && rule.AppliesTo(story.Principles))
        {
            Evaluate(rule, Texts(story, _rules.Phrases), story.Level, hits);
        }

        return [.. hits.Select(h => h.Finding)];
    }

    private static SectionText[] Texts(StarStory story, PhraseIndex phrases)
    {
        var texts = new SectionText[StarNames.Sections.Count];
        foreach (var s in StarNames.Sections)
        {
            texts[(int)s] = new SectionText(s, story.Text(s), phrases);
        }

        return texts;
    }

    /// <summary>A finding plus what scoring needs to know about it.</summary>
    private readonly record struct Hit(ScoringRule Rule, RuleSettings Settings, Finding Finding);

    private void Evaluate(ScoringRule rule, SectionText[] texts, Level level, List<Hit> hits)
    {
        switch (rule.Kind)
        {
            case RuleKind.Existence or RuleKind.Conditional:
                if (rule.MinCount > 1 && rule.Sections.Sum(s => Candidates(rule, texts[(int)s]).Count) < rule.MinCount)
                {
                    break; // a stray hedge is speech, not a habit
                }

                foreach (var section in rule.Sections)
                {
                    var text = texts[(int)section];
                    foreach (var span in Candidates(rule, text))
                    {
                        var scope = rule.UnlessWholeSection ? new TextSpan(0, text.Text.Length)
                            : rule.UnlessRestOfStory ? new TextSpan(text.SentenceAt(span.Start).Start, text.Text.Length - text.SentenceAt(span.Start).Start)
                            : text.SentenceAt(span.Start);
                        if (!rule.Unless.IsEmpty && (rule.Unless.AnyWithin(text, scope) || (rule.UnlessRestOfStory && LaterSectionsMatch(rule.Unless, texts, section))))
                        {
                            continue;
                        }

                        hits.Add(Make(rule, level, text, span, new Values { Count = 1 }));
                    }
                }

                break;

            case RuleKind.Ratio:
                foreach (var section in rule.Sections)
                {
                    var text = texts[(int)section];
                    var found = Candidates(rule, text);
                    if (found.Count == 0)
                    {
                        continue;
                    }

                    var against = rule.Against.Find(text).Count(s => !rule.SkipQuoted || !text.InQuote(s.Start));
                    if ((double)found.Count / (found.Count + against) <= rule.MaxShare)
                    {
                        continue; // one joint "we rolled it out" among many "I" steps is fine
                    }

                    if (against > 0 && found.Count <= rule.GraceCount && (rule.GracePatterns.IsEmpty || found.All(f => rule.GracePatterns.AnyOverlapping(text, f))))
                    {
                        continue; // one justified joint "we" in a short first-person Action is fine too
                    }

                    foreach (var span in found)
                    {
                        hits.Add(Make(rule, level, text, span, new Values { Count = found.Count }));
                    }
                }

                break;

            case RuleKind.Absence:
                // A blank section is missing-section's business; reporting its absent metric too
                // would charge the same gap twice.
                if (rule.Sections.All(s => texts[(int)s].IsBlank))
                {
                    break;
                }

                if (rule.Sections.Any(s => Counts(rule, texts, s)))
                {
                    break;
                }

                var at = texts[(int)rule.ReportAt];
                hits.Add(Make(rule, level, at, new TextSpan(0, at.Text.Length), new Values()));
                break;

            case RuleKind.Duration:
                foreach (var section in rule.Sections)
                {
                    var text = texts[(int)section];
                    var target = _rules.Settings.TargetSeconds.GetValueOrDefault(section);
                    var words = text.WordStarts.Count;
                    var seconds = _rules.Settings.SecondsFor(words);
                    if (target <= 0 || seconds <= target * rule.Tolerance)
                    {
                        continue;
                    }

                    // Point from the first word past the budget to the end: that is what to cut.
                    var budgetWords = (int)Math.Floor(target * _rules.Settings.WordsPerMinute / 60.0);
                    var start = text.WordStarts[Math.Min(budgetWords, words - 1)];
                    var end = text.Text.TrimEnd().Length;

                    // Far past the budget the answer no longer fits an interview: an error, so a
                    // padded story cannot be strong.
                    var severe = rule.SevereAbove > 0 && seconds > target * rule.SevereAbove;
                    hits.Add(Make(rule, level, text, new TextSpan(start, end - start), new Values { Seconds = seconds, Target = target, Words = words }, severe ? Severity.Error : null, severe ? rule.SeverePenalty : null));
                }

                break;

            case RuleKind.Thin:
                foreach (var section in rule.Sections)
                {
                    var text = texts[(int)section];
                    var words = text.WordStarts.Count;
                    var sentences = text.Sentences.Count(x => HasWord(text.Text, x));
                    if (!text.IsBlank && (words < rule.MinWords || (sentences < rule.MinSentences && words < 1.5 * rule.MinWords)))
                    {
                        var trimmed = text.Text.Trim();
                        hits.Add(Make(rule, level, text, new TextSpan(text.Text.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length), new Values { Words = words, Count = sentences }));
                    }
                }

                break;

            case RuleKind.Duplicate:
                for (var i = 0; i < rule.Sections.Count; i++)
                {
                    var text = texts[(int)rule.Sections[i]];
                    if (text.IsBlank)
                    {
                        continue;
                    }

                    for (var j = 0; j < i; j++)
                    {
                        var earlier = texts[(int)rule.Sections[j]];
                        if (!earlier.IsBlank && Overlap(text, earlier) >= rule.Threshold)
                        {
                            var trimmed = text.Text.Trim();
                            hits.Add(Make(rule, level, text, new TextSpan(text.Text.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length), new Values { Other = earlier.Section }));
                            break;
                        }
                    }
                }

                break;

            case RuleKind.Specificity:
                foreach (var section in rule.Sections)
                {
                    var text = texts[(int)section];
                    var others = texts.Where(t => t.Section != section && !t.IsBlank).ToList();
                    if (text.IsBlank || others.Count == 0)
                    {
                        continue; // nothing to compare with: a lone Reflection cannot be judged on this
                    }

                    var shared = SharedContentWords(rule, text, others);
                    if (shared < rule.MinShared)
                    {
                        var trimmed = text.Text.Trim();
                        hits.Add(Make(rule, level, text, new TextSpan(text.Text.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length), new Values { Count = shared }));
                    }
                }

                break;

            case RuleKind.EmptySection:
                foreach (var section in rule.Sections)
                {
                    var text = texts[(int)section];
                    if (text.IsBlank)
                    {
                        hits.Add(Make(rule, level, text, new TextSpan(0, 0), new Values()));
                    }
                }

                break;
        }
    }

    /// <summary>Does an absence rule's pattern count in this section? A match repeated from a notRepeatedFrom section does not ("the problem's own size").</summary>
    private static bool Counts(ScoringRule rule, SectionText[] texts, StarSection section)
    {
        var text = texts[(int)section];
        var found = rule.Patterns.Find(text);
        if (rule.NotRepeatedFrom.Count == 0 || found.Count == 0)
        {
            return found.Count > 0;
        }

        var earlier = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in rule.NotRepeatedFrom.Where(s => s != section))
        {
            var t = texts[(int)s];
            foreach (var m in rule.Patterns.Find(t))
            {
                earlier.Add(t.Text.Substring(m.Start, m.Length));
            }
        }

        return found.Any(m => !earlier.Contains(text.Text.Substring(m.Start, m.Length)));
    }

    private static bool LaterSectionsMatch(PatternSet unless, SectionText[] texts, StarSection after)
    {
        for (var i = (int)after + 1; i < texts.Length; i++)
        {
            if (!texts[i].IsBlank && unless.Find(texts[i]).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Share of the shorter section's word trigrams that the other section also has (containment).</summary>
    private static double Overlap(SectionText a, SectionText b)
    {
        var ta = a.Trigrams;
        var tb = b.Trigrams;
        if (ta.Count == 0 || tb.Count == 0)
        {
            return a.StemKeys.Length > 0 && a.StemKeys.AsSpan().SequenceEqual(b.StemKeys) ? 1 : 0;
        }

        var (small, large) = ta.Count <= tb.Count ? (ta, tb) : (tb, ta);
        var shared = 0;
        foreach (var t in small)
        {
            if (large.Contains(t))
            {
                shared++;
            }
        }

        return (double)shared / small.Count;
    }

    /// <summary>
    /// How many distinct content words (names and numbers included) a section shares with the rest of
    /// the story. Words matched by the rule's <c>ignore</c> patterns (function words, words any
    /// story uses) do not count, nor do words under three letters.
    /// </summary>
    private static int SharedContentWords(ScoringRule rule, SectionText text, List<SectionText> others)
    {
        var ignored = new HashSet<int>();
        foreach (var m in rule.Ignore.Find(text))
        {
            ignored.Add(m.Start);
        }

        var mine = new HashSet<long>();
        var tokens = text.Tokens;
        var keys = text.StemKeys;
        var content = text.ContentWord;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (content[k] && !ignored.Contains(tokens[k].Start))
            {
                mine.Add(keys[k]);
            }
        }

        var shared = new HashSet<long>();
        foreach (var o in others)
        {
            foreach (var w in o.StemKeys)
            {
                if (mine.Contains(w))
                {
                    shared.Add(w);
                }
            }
        }

        return shared.Count;
    }

    /// <summary>Pattern matches that survive quotes, exceptions, negation and the subject test.</summary>
    private static List<TextSpan> Candidates(ScoringRule rule, SectionText text)
    {
        var result = new List<TextSpan>();
        if (text.IsBlank)
        {
            return result;
        }

        foreach (var span in rule.Patterns.Find(text))
        {
            if (rule.SkipQuoted && text.InQuote(span.Start))
            {
                continue;
            }

            if (!rule.Exceptions.IsEmpty && rule.Exceptions.AnyOverlapping(text, span))
            {
                continue;
            }

            if (rule.NegationCancels && Language.IsNegated(text, span.Start))
            {
                continue;
            }

            if (rule.SubjectsOnly && !Language.IsSubjectPosition(text, span))
            {
                continue;
            }

            result.Add(span);
        }

        return result;
    }

    private struct Values
    {
        public int Count;
        public double Seconds;
        public int Target;
        public int Words;
        public StarSection? Other;
    }

    private static Hit Make(ScoringRule rule, Level level, SectionText text, TextSpan span, Values values, Severity? severity = null, int? penalty = null)
    {
        var settings = rule.SettingsFor(level, text.Section);
        if (severity is not null || penalty is not null)
        {
            settings = settings with { Severity = severity ?? settings.Severity, Penalty = penalty ?? settings.Penalty, MaxPenalty = Math.Max(settings.MaxPenalty, penalty ?? 0) };
        }

        var matched = text.Text.Substring(span.Start, span.Length);
        var finding = new Finding
        {
            Rule = rule.Id,
            Severity = settings.Severity,
            Section = text.Section,
            Start = span.Start,
            Length = span.Length,
            Text = matched,
            Message = Fill(settings.Message, matched, text.Section, level, values),
            Suggestion = settings.Suggestion is null ? null : Fill(settings.Suggestion, matched, text.Section, level, values),
        };
        return new Hit(rule, settings, finding);
    }

    /// <summary>
    /// Fills a message template's placeholders in one pass (a chain of StringBuilder.Replace calls,
    /// nine scans of every message of every finding, was a tenth of the CLI's time per story).
    /// Unknown placeholders are left as written; the loader rejects them in rule files.
    /// </summary>
    private static string Fill(string template, string matched, StarSection section, Level level, Values v)
    {
        var open = template.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }

        var sb = new StringBuilder(template.Length + 32);
        var from = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            sb.Append(template, from, open - from);
            var name = template.AsSpan(open + 1, close - open - 1);
            switch (name)
            {
                case "match": sb.Append(matched.Length > 60 ? string.Concat(matched.AsSpan(0, 57), "...") : matched); break;
                case "section": sb.Append(section.Id()); break;
                case "Section": sb.Append(section.ToString()); break;
                case "level": sb.Append(level.Display()); break;
                case "seconds": sb.Append(Math.Round(v.Seconds).ToString(CultureInfo.InvariantCulture)); break;
                case "target": sb.Append(v.Target.ToString(CultureInfo.InvariantCulture)); break;
                case "words": sb.Append(v.Words.ToString(CultureInfo.InvariantCulture)); break;
                case "count": sb.Append(v.Count.ToString(CultureInfo.InvariantCulture)); break;
                case "other": sb.Append(v.Other?.ToString() ?? ""); break;
                default: sb.Append(template, open, close - open + 1); break;
            }

            from = close + 1;
            open = template.IndexOf('{', from);
        }

        sb.Append(template, from, template.Length - from);
        return sb.ToString();
    }

    private ScoreReport BuildReport(StarStory story, SectionText[] texts, List<Hit> hits)
    {
        var settings = _rules.Settings;

        // Deductions: per rule id and section, the sum of penalties up to the largest cap among the
        // rule entries involved (files sharing an id share one cap). Plain loops: this runs on
        // every keystroke in the editor.
        var groups = new Dictionary<(string, StarSection), (int Sum, int Cap, Severity Severity, int Count)>();
        foreach (var h in hits)
        {
            var key = (h.Rule.Id, h.Finding.Section);
            var g = groups.GetValueOrDefault(key);
            groups[key] = (g.Sum + h.Settings.Penalty, Math.Max(g.Cap, h.Settings.MaxPenalty), g.Count == 0 || h.Finding.Severity > g.Severity ? h.Finding.Severity : g.Severity, g.Count + 1);
        }

        var deductions = new List<Deduction>(groups.Count);
        var lost = new int[StarNames.Sections.Count];
        foreach (var ((rule, section), g) in groups)
        {
            var points = Math.Min(g.Sum, g.Cap);
            if (points > 0)
            {
                deductions.Add(new Deduction { Rule = rule, Section = section, Severity = g.Severity, Count = g.Count, Points = points, Capped = g.Sum > g.Cap });
                lost[(int)section] += points;
            }
        }

        deductions.Sort((a, b) => a.Section != b.Section ? a.Section.CompareTo(b.Section) : a.Points != b.Points ? b.Points.CompareTo(a.Points) : string.CompareOrdinal(a.Rule, b.Rule));

        var sections = new List<SectionReport>(StarNames.Sections.Count);
        double weighted = 0, totalWeight = 0;
        foreach (var s in StarNames.Sections)
        {
            totalWeight += settings.Weights.GetValueOrDefault(s, 1);
        }

        var c = CultureInfo.InvariantCulture;
        var terms = new List<string>(StarNames.Sections.Count);
        for (var k = 0; k < deductions.Count; k++)
        {
            var d = deductions[k];
            deductions[k] = d with { OverallPoints = totalWeight > 0 ? Math.Round(d.Points * settings.Weights.GetValueOrDefault(d.Section, 1) / totalWeight, 1) : 0 };
        }

        foreach (var s in StarNames.Sections)
        {
            var score = Math.Max(0, 100 - lost[(int)s]);
            var weight = settings.Weights.GetValueOrDefault(s, 1);
            var words = texts[(int)s].WordStarts.Count;
            sections.Add(new SectionReport
            {
                Section = s,
                Words = words,
                Seconds = Math.Round(settings.SecondsFor(words), 1),
                TargetSeconds = settings.TargetSeconds.GetValueOrDefault(s),
                Score = score,
                Weight = weight,
                Deducted = 100 - score,
                Deductions = [.. deductions.Where(d => d.Section == s)],
                Contribution = totalWeight > 0 ? Math.Round(score * weight / totalWeight, 1) : 0,
            });
            weighted += score * weight;
            terms.Add($"{score}×{weight.ToString("0.##", c)}");
        }

        var total = totalWeight > 0 ? (int)Math.Round(weighted / totalWeight, MidpointRounding.AwayFromZero) : 0;
        var formula = $"({string.Join(" + ", terms)}) / {totalWeight.ToString("0.##", c)} = {total}";
        var errorRules = new List<string>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in hits)
        {
            ruleIds.Add(h.Rule.Id);
            if (h.Finding.Severity == Severity.Error && !errorRules.Contains(h.Rule.Id))
            {
                errorRules.Add(h.Rule.Id);
            }
        }

        errorRules.Sort(StringComparer.Ordinal);
        var ruleCount = ruleIds.Count;
        var missing = settings.WeakWithout.FirstOrDefault(s => texts[(int)s].IsBlank, (StarSection)(-1));
        var (verdict, explanation, reason) = Decide(total, errorRules, ruleCount, missing, settings);

        var findings = new List<Finding>(hits.Count);
        foreach (var h in hits)
        {
            findings.Add(h.Finding);
        }

        findings.Sort(static (a, b) =>
            a.Section != b.Section ? a.Section.CompareTo(b.Section)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : string.CompareOrdinal(a.Rule, b.Rule) is var byRule and not 0 ? byRule
            : a.Length.CompareTo(b.Length));

        return new ScoreReport
        {
            Level = story.Level,
            Score = total,
            Verdict = verdict,
            Explanation = explanation,
            VerdictReason = reason,
            Formula = formula,
            Sections = sections,
            Findings = findings,
            Deductions = deductions,
        };
    }

    private static (Verdict, string, string) Decide(int score, List<string> errorRules, int ruleCount, StarSection missing, ScoringSettings s)
    {
        var errors = string.Join(", ", errorRules);
        if (missing >= 0)
        {
            return (Verdict.Weak, $"weak: the story has no {missing}, so there is nothing to judge it on", $"a story without {string.Join(" or ", s.WeakWithout)} is weak whatever its score");
        }

        if (score < s.WeakBelow)
        {
            return (Verdict.Weak, $"weak: the score {score} is below {s.WeakBelow}", $"below {s.WeakBelow} is weak");
        }

        if (errorRules.Count >= s.WeakWithErrorRules)
        {
            return (Verdict.Weak, $"weak: {errorRules.Count} kinds of error-level problem ({errors}), {s.WeakWithErrorRules} or more make a story weak whatever its score", $"error findings from {s.WeakWithErrorRules} or more rules make a story weak whatever its score");
        }

        if (ruleCount >= s.WeakWithRules)
        {
            return (Verdict.Weak, $"weak: problems of {ruleCount} different kinds; {s.WeakWithRules} or more make a story weak whatever its score", $"findings from {s.WeakWithRules} or more rules make a story weak whatever its score");
        }

        if (score >= s.StrongFrom && errorRules.Count == 0)
        {
            return (Verdict.Strong, $"strong: the score {score} reaches {s.StrongFrom} with no error-level finding", $"{s.StrongFrom} or more with no error finding is strong");
        }

        return errorRules.Count > 0
            ? (Verdict.Mixed, $"mixed: the score is {score}, and error-level findings ({errors}) keep it from strong", "an error finding caps the verdict at mixed")
            : (Verdict.Mixed, $"mixed: the score {score} is below the {s.StrongFrom} a strong story needs", $"from {s.WeakBelow} to {s.StrongFrom - 1} is mixed");
    }
}
