using System.Collections.Frozen;
using System.Globalization;
using InterviewPrep.Core.Scoring;

namespace InterviewPrep.Core.Facts;

/// <summary>
/// Finds the facts of a story: numbers with their units and what they measure, before → after
/// pairs, named systems, teams, people, dates, and who did what. Deterministic and cheap (one pass
/// over each section's tokens, no regex backtracking), so an editor can run it on every pause in
/// typing. Numbers start from the scorer's own <c>@metric</c> matcher and words from its
/// <see cref="SectionText"/>, so a number the scorer counts is the number the comparison sees.
/// Thread-safe: it holds only the immutable <see cref="FactRules"/>.
/// </summary>
public sealed class FactExtractor
{
    private static readonly MetricMatcher Numbers = new(-1);

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["twice"] = 2, ["thrice"] = 3, ["half"] = -2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Periods = new[] { "week", "month", "quarter", "year", "spring", "summer", "autumn", "fall", "winter", "sprint", "half" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that open a sentence without naming anyone; a capitalised one of these is not a name.
    private static readonly FrozenSet<string> CommonCapitalised = new[]
    {
        "the", "a", "an", "i", "we", "our", "my", "they", "their", "he", "she", "it", "this", "that", "these", "those", "then", "after",
        "before", "when", "while", "once", "so", "but", "and", "because", "since", "as", "if", "by", "in", "on", "at", "for", "with",
        "within", "over", "under", "during", "later", "finally", "eventually", "first", "next", "meanwhile", "together", "instead",
        "also", "now", "today", "yesterday", "both", "each", "every", "all", "most", "some", "no", "not", "one", "two", "three",
        "what", "which", "who", "how", "why", "where", "there", "here", "to", "from", "of", "looking", "overall", "initially",
        "ultimately", "afterwards", "afterward", "unfortunately", "luckily", "however", "although", "though", "yet", "even", "only",
        "just", "still", "soon", "again", "result", "situation", "task", "action", "reflection", "lesson", "lessons", "monday", "next",
        "ok", "okay", "yes", "let", "me", "us", "you", "your", "his", "her", "its", "mine", "any", "many", "few", "several", "other",
        "another", "such", "around", "about", "roughly", "nearly", "almost", "since", "until", "without", "through", "across",
        "between", "among", "against", "per", "via", "plus", "within", "throughout", "despite", "given", "having", "being", "using",
        "working", "taking", "starting", "looking", "thinking", "knowing", "seeing", "rather", "once", "twice", "last", "this",
        "were", "was", "is", "are", "be", "do", "did", "does", "had", "have", "has", "can", "could", "would", "should", "will",
        "might", "must", "may", "please", "thanks", "thank", "dear", "hi", "hello", "day", "week", "month", "year", "quarter",
        "everyone", "nobody", "someone", "somebody", "anyone", "everybody", "none", "nothing", "everything", "something",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "also", "then", "personally", "quickly", "eventually", "finally", "just", "myself", "ourselves", "themselves", "himself",
        "herself", "later", "immediately", "actually", "ultimately", "first", "initially", "jointly", "together", "directly",
        "single-handedly", "carefully", "manually", "really", "already", "had", "have", "has", "did", "do", "does", "would", "will",
        "could", "should", "might", "must", "can", "then", "soon", "next", "instead", "eventually", "alone", "originally", "still",
        "successfully", "proactively", "both", "all", "quietly", "formally", "officially", "essentially", "basically", "mostly",
        "ended", "up",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "these", "those", "one", "another", "some",
        "two", "three", "both", "each", "every", "whole", "entire", "other",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "and", "but", "so", "then", "until", "when", "whenever", "after", "before", "because", "while", "once", "that", "which",
        "who", "where", "as", "since", "if", "although", "though", "or", "yet", "whereas", "unless", "whether",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "on", "in", "at", "for", "by", "from", "with", "within", "after", "before", "during", "over", "under", "into", "onto", "across",
        "through", "via", "towards", "toward", "among", "between", "behind", "beyond", "except", "inside", "outside", "without",
        "against", "along", "around", "upon", "like", "to", "of", "per", "until", "since", "than", "because", "while", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Hedges = new[] { "about", "around", "roughly", "approximately", "nearly", "almost", "over", "under", "some", "~", "just" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Pronouns = new[] { "them", "it", "they", "us", "me", "those", "these", "this", "that", "which", "him", "her", "you", "what" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RateWords = new[] { "a", "an", "per", "each", "every" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ChangeCues = new[]
    {
        "from", "cut", "cutting", "dropped", "drop", "drops", "fell", "falls", "fall", "rose", "rise", "rises", "grew", "grow", "reduced",
        "reduce", "reducing", "decreased", "increased", "improved", "lowered", "raised", "brought", "went", "go", "goes", "shrank",
        "shrunk", "sped", "jumped", "climbed", "slashed", "trimmed", "moved", "took", "dropping", "falling", "down", "up",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FactRules _rules;

    public FactExtractor(FactRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    public FactRules Rules => _rules;

    /// <summary>Every fact of every present section, in speaking order of sections, then by start.</summary>
    public StoryFacts Extract(StarStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var facts = new List<Fact>();
        foreach (var section in StarNames.Sections)
        {
            var text = story.Text(section);
            if (!string.IsNullOrWhiteSpace(text))
            {
                facts.AddRange(Extract(section, text));
            }
        }

        return new StoryFacts(facts);
    }

    /// <summary>The facts of one section's text (offsets into <paramref name="text"/>), sorted by start then kind.</summary>
    public IReadOnlyList<Fact> Extract(StarSection section, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(new SectionText(section, text));
    }

    /// <summary>The facts of a section already tokenised by the caller (the level meter's matchers share it).</summary>
    internal IReadOnlyList<Fact> Extract(SectionText st)
    {
        var words = Words.Of(st);
        var facts = new List<Fact>();
        var quantities = FindQuantities(st, words);
        facts.AddRange(Pair(st, words, quantities));
        FindEntities(st, words, facts);
        FindClaims(st, words, facts);
        facts.Sort(BySpeakingOrder);
        return facts;
    }

    /// <summary>
    /// Only the numbers of a section (quantities and changes, the same facts <see cref="Extract(SectionText)"/>
    /// finds for them): what the level meter's count and money matchers read. Names and claims, most
    /// of the extraction's cost, are skipped.
    /// </summary>
    internal IReadOnlyList<Fact> ExtractNumbers(SectionText st)
    {
        var words = Words.Of(st);
        var facts = Pair(st, words, FindQuantities(st, words));
        facts.Sort(BySpeakingOrder);
        return facts;
    }

    private static int BySpeakingOrder(Fact a, Fact b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind);

    // ---------------------------------------------------------------- numbers

    /// <summary>A parsed number before it becomes a fact: raw amount, unit (null for a bare count) and the token range it used.</summary>
    private sealed record RawQuantity(int Start, int End, int FirstWord, int LastWord, double Number, FactUnit? Unit, string CountedNoun)
    {
        /// <summary>The period of a rate ("a week" in "twenty a week"), or null.</summary>
        public FactUnit? Per { get; init; }
    }

    private List<RawQuantity> FindQuantities(SectionText st, Words words)
    {
        var text = st.Text;
        var result = new List<RawQuantity>();
        var lastEnd = -1;
        var seeds = Numbers.Find(st).Select(s => s.Start).ToList();

        // The scorer's @metric skips number words glued by a hyphen ("forty-five", "two-week") as terms; here they count.
        for (var i = 0; i < words.Count; i++)
        {
            var t = words.Text(i);
            var dash = t.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && NumberWords.TryGetValue(t[..dash], out var n) && n != -2 && !(n <= 1 && !_rules.SingleWordUnits.ContainsKey(t[(dash + 1)..]) && !_rules.SingleWordUnits.ContainsKey(t[(dash + 1)..] + "s")))
            {
                seeds.Add(words.Start(i));
            }
        }

        seeds.Sort();
        foreach (var seedStart in seeds)
        {
            var seed = new TextSpan(seedStart, 0);
            if (seed.Start < lastEnd || st.InQuote(seed.Start))
            {
                continue;
            }

            if (Parse(st, words, seed.Start) is { } q)
            {
                result.Add(q);
                lastEnd = q.End;
            }
        }

        return result;
    }

    private RawQuantity? Parse(SectionText st, Words words, int start)
    {
        var text = st.Text;
        var p = start;
        FactUnit? unit = null;
        while (p < text.Length && text[p] is '~' or '≈' or '+' or '<' or '>' or '-' or '−')
        {
            p++;
        }

        if (p < text.Length && _rules.SingleWordUnits.TryGetValue(text[p].ToString(), out var symbol) && !char.IsLetterOrDigit(text[p]))
        {
            unit = symbol;
            p++;
        }

        var w = words.IndexAt(p);
        if (w < 0)
        {
            return null;
        }

        var firstWord = w;
        double number;
        var end = 0;
        string? rest = null;
        if (char.IsDigit(text[p]))
        {
            var q = p;
            while (q < text.Length && (char.IsDigit(text[q]) || (text[q] is '.' or ',' && q + 1 < text.Length && char.IsDigit(text[q + 1]))))
            {
                q++;
            }

            if (q < text.Length && text[q] == ':')
            {
                return null; // a clock time, not an amount
            }

            if (!double.TryParse(text.AsSpan(p, q - p).ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                return null;
            }

            end = q;

            // Glued suffixes: 8K, 1.2M, 3bn, 500ms, 2x, 30%.
            var r = q;
            while (r < text.Length && (char.IsLetter(text[r]) || text[r] == '%'))
            {
                r++;
            }

            if (r > q)
            {
                var suffix = text[q..r];
                if (_rules.Scales.TryGetValue(suffix, out var scale) && scale >= 1000)
                {
                    number *= scale;
                    end = r;
                }
                else if (_rules.SingleWordUnits.TryGetValue(suffix, out var glued))
                {
                    unit ??= glued;
                    end = r;
                }
                else if (suffix.Length > 1 && _rules.Scales.TryGetValue(suffix[..1], out var s1) && _rules.SingleWordUnits.TryGetValue(suffix[1..], out var g1))
                {
                    number *= s1;
                    unit ??= g1;
                    end = r;
                }
                else if (suffix.Length > 1 && suffix[^1] == '%' && _rules.SingleWordUnits.TryGetValue("%", out var pct))
                {
                    unit ??= pct;
                    end = r;
                }
                else
                {
                    return null; // 3rd, 4th, 2FA: an ordinal or a name
                }
            }

            if (end < text.Length && text[end] == '%' && unit is null && _rules.SingleWordUnits.TryGetValue("%", out var percent))
            {
                unit = percent;
                end++;
            }

            // "30-minute", "2-week": the unit is glued by a hyphen.
            if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
            {
                var r2 = end + 1;
                while (r2 < text.Length && char.IsLetter(text[r2]))
                {
                    r2++;
                }

                rest = text[(end + 1)..r2];
            }

            // The token may run on past the digits ("30%-ish"); continue from the word that holds the end.
            w = words.IndexAt(LastWordChar(text, end));
        }
        else
        {
            if (!ReadNumberWords(text, words, ref w, out number, out rest))
            {
                return null;
            }

            end = rest is null ? words.End(w) : words.End(w) - rest.Length - 1;
        }

        if (rest is not null)
        {
            // The rest of a hyphenated word: a unit ("two-week") or what is counted ("three-person").
            if (unit is null && (_rules.SingleWordUnits.TryGetValue(rest, out var hyphenUnit) || _rules.SingleWordUnits.TryGetValue(rest + "s", out hyphenUnit)))
            {
                unit = hyphenUnit;
                end = words.End(w);
                return new RawQuantity(start, end, firstWord, w, number, unit, "");
            }

            return unit is null ? new RawQuantity(start, words.End(w), firstWord, w, number, null, rest.ToLowerInvariant()) : new RawQuantity(start, end, firstWord, w, number, unit, "");
        }

        if (w < 0)
        {
            return null;
        }

        // Spelled scale after digits: "1.2 million", "40 thousand".
        if (w + 1 < words.Count && words.Joined(w + 1) && _rules.Scales.TryGetValue(words.Text(w + 1), out var wordScale) && words.Text(w + 1).Length > 1)
        {
            number *= wordScale;
            w++;
            end = words.End(w);
        }

        if (end < text.Length && text[end] == '%' && unit is null && _rules.SingleWordUnits.TryGetValue("%", out var pc))
        {
            unit = pc;
            end++;
        }

        // A unit after the number: "two weeks", "30 per cent", "500 ms", "1.2 million dollars", "30-minute".
        var countedNoun = "";
        if (unit is null || unit.Dimension.StartsWith("money", StringComparison.Ordinal))
        {
            var next = w + 1;
            if (next + 1 < words.Count && words.Joined(next) && words.Joined(next + 1)
                && _rules.TwoWordUnits.TryGetValue(words.Text(next) + " " + words.Text(next + 1), out var two) && (unit is null || two.Dimension == unit.Dimension))
            {
                unit = two;
                w = next + 1;
                end = words.End(w);
            }
            else if (next < words.Count && (words.Joined(next) || text[words.Start(next) - 1] == '-') && _rules.SingleWordUnits.TryGetValue(words.Text(next), out var one)
                && (unit is null || one.Dimension == unit.Dimension) && !(one.Words.Contains("s") && words.Text(next).Length == 1 && words.Text(next) != "s"))
            {
                unit = one;
                w = next;
                end = words.End(w);
            }
        }

        // A rate: "twenty a week", "$12k a month", "3 per day": the period is part of the value.
        FactUnit? per = null;
        if (w + 2 < words.Count && words.Joined(w + 1) && words.Joined(w + 2) && RateWords.Contains(words.Text(w + 1))
            && _rules.SingleWordUnits.TryGetValue(words.Text(w + 2), out var period) && period.Dimension == "duration" && unit?.Dimension != "duration")
        {
            per = period;
            w += 2;
            end = words.End(w);
        }

        if (unit is null && per is null)
        {
            // A bare count: what it counts is the noun after it ("12 engineers", "three teams").
            var n = w + 1;
            var nouns = new List<string>();
            while (n < words.Count && nouns.Count < 2 && words.Joined(n) && !_rules.Connectors.Contains(words.Text(n)) && !Prepositions.Contains(words.Text(n)) && !Determiners.Contains(words.Text(n)) && !ClauseOpeners.Contains(words.Text(n)) && !NumberWords.ContainsKey(words.Text(n)) && !words.Text(n).Any(char.IsDigit))
            {
                nouns.Add(words.Text(n).ToLowerInvariant());
                n++;
            }

            if (nouns.Count > 0)
            {
                countedNoun = string.Join(' ', nouns);
                end = words.End(n - 1);
                w = n - 1;
                if (w + 2 < words.Count && words.Joined(w + 1) && words.Joined(w + 2) && RateWords.Contains(words.Text(w + 1))
                    && _rules.SingleWordUnits.TryGetValue(words.Text(w + 2), out var countPeriod) && countPeriod.Dimension == "duration")
                {
                    per = countPeriod;
                    w += 2;
                    end = words.End(w);
                }
            }
        }

        return new RawQuantity(start, end, firstWord, w, number, unit, countedNoun) { Per = per };
    }

    private static int LastWordChar(string text, int end)
    {
        var i = end - 1;
        while (i > 0 && !char.IsLetterOrDigit(text[i]))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// "two hundred", "forty-five", "a dozen", "one and a half": a run of number words to its value.
    /// <paramref name="rest"/> is what follows the number inside a hyphenated last word ("week" of "two-week").
    /// </summary>
    private bool ReadNumberWords(string text, Words words, ref int w, out double number, out string? rest)
    {
        number = 0;
        rest = null;
        double total = 0, current = 0;
        var any = false;
        var last = w - 1;
        for (var i = w; i < words.Count && rest is null; i++)
        {
            if (i > w && !words.Joined(i))
            {
                break;
            }

            var parts = words.Text(i).Split('-');
            var usedAll = true;
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                if (NumberWords.TryGetValue(part, out var value))
                {
                    if (value == -2)
                    {
                        current = any ? current + 0.5 : 0.5;
                    }
                    else if (part.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                    {
                        current = (current == 0 ? 1 : current) * 12;
                    }
                    else
                    {
                        current += value;
                    }

                    any = true;
                }
                else if (any && part.Length > 1 && _rules.Scales.TryGetValue(part, out var scale))
                {
                    if (scale < 1000)
                    {
                        current = (current == 0 ? 1 : current) * scale;
                    }
                    else
                    {
                        total += (current == 0 ? 1 : current) * scale;
                        current = 0;
                    }
                }
                else if (any && parts.Length == 1 && part.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    usedAll = false;
                    break;
                }
                else
                {
                    if (p > 0 && any)
                    {
                        rest = string.Join('-', parts[p..]);
                        last = i;
                    }

                    usedAll = false;
                    break;
                }
            }

            if (usedAll)
            {
                last = i;
            }
            else if (rest is null && !(any && words.Text(i).Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }
        }

        if (!any || last < w)
        {
            return false;
        }

        w = last;
        number = total + current;
        return true;
    }

    private Quantity ToQuantity(double number, FactUnit? unit, FactUnit? per = null)
    {
        var q = unit is null
            ? new Quantity(number, "count", "")
            : new Quantity(number * unit.Factor, unit.Dimension, _rules.Dimensions.TryGetValue(unit.Dimension, out var b) ? b : unit.Name);
        return per is null ? q : new Quantity(q.Value / per.Factor * 86400, q.Dimension + "/day", (q.BaseUnit.Length > 0 ? q.BaseUnit : "") + "/day");
    }

    /// <summary>Turns raw numbers into quantity facts, joining "from A to B" / "A → B" into one change.</summary>
    private List<Fact> Pair(SectionText st, Words words, List<RawQuantity> raws)
    {
        var text = st.Text;
        var facts = new List<Fact>();
        for (var i = 0; i < raws.Count; i++)
        {
            var a = raws[i];
            if (i + 1 < raws.Count && IsChange(st, words, a, raws[i + 1]))
            {
                var b = raws[i + 1];
                var unitA = a.Unit ?? (a.CountedNoun.Length == 0 ? b.Unit : null);
                var unitB = b.Unit ?? (b.CountedNoun.Length == 0 ? a.Unit : null);
                var perA = a.Per ?? b.Per;
                var perB = b.Per ?? a.Per;
                var from = ToQuantity(a.Number, unitA, perA);
                var to = ToQuantity(b.Number, unitB, perB);
                if (from.Dimension == to.Dimension)
                {
                    var startWord = a.FirstWord;
                    if (startWord > 0 && words.Text(startWord - 1).Equals("from", StringComparison.OrdinalIgnoreCase))
                    {
                        startWord--;
                    }

                    var start = Math.Min(a.Start, words.Start(startWord));
                    var counted = a.CountedNoun.Length > 0 ? a.CountedNoun : b.CountedNoun;
                    facts.Add(new Fact
                    {
                        Kind = FactKind.Change,
                        Section = st.Section,
                        Start = start,
                        Length = b.End - start,
                        Text = text[start..b.End],
                        Value = $"{from} → {to}",
                        Key = KeyFor(st, words, startWord, b.LastWord, counted),
                        From = from,
                        To = to,
                        Counted = counted,
                        IsApproximate = IsHedged(st.Text, words, startWord) || IsHedged(st.Text, words, b.FirstWord),
                        Sentence = SentenceOf(st, start),
                    });
                    i++;
                    continue;
                }
            }

            var amount = ToQuantity(a.Number, a.Unit, a.Per);
            var prev = a.FirstWord > 0 ? words.Text(a.FirstWord - 1).ToLowerInvariant() : "";
            var prev2 = a.FirstWord > 1 ? words.Text(a.FirstWord - 2).ToLowerInvariant() : "";
            var next = a.LastWord + 1 < words.Count ? words.Text(a.LastWord + 1).ToLowerInvariant() : "";
            var delta = prev == "by" || (Hedges.Contains(prev) && prev2 == "by") || next is "faster" or "slower" or "fewer" or "less" or "more" or "cheaper" or "lower" or "higher" or "smaller" or "bigger" or "shorter" or "longer" or "quicker" or "reduction" or "increase" or "decrease" or "improvement" or "drop" or "saving" or "savings";
            facts.Add(new Fact
            {
                Kind = FactKind.Quantity,
                Section = st.Section,
                Start = a.Start,
                Length = a.End - a.Start,
                Text = text[a.Start..a.End],
                Value = amount.ToString(),
                Key = KeyFor(st, words, a.FirstWord, a.LastWord, a.CountedNoun),
                Amount = amount,
                IsDelta = delta,
                IsApproximate = IsHedged(st.Text, words, a.FirstWord) || (a.Start < st.Text.Length && st.Text[a.Start] is '~' or '≈'),
                Counted = a.CountedNoun,
                Sentence = SentenceOf(st, a.Start),
            });
        }

        return facts;
    }

    private static bool IsHedged(string text, Words words, int first)
    {
        if (first <= 0)
        {
            return false;
        }

        var prev = words.Text(first - 1);
        return Hedges.Contains(prev) || (prev is "of" or "to" or "at" && first > 1 && Hedges.Contains(words.Text(first - 2))) || text.AsSpan(words.End(first - 1), words.Start(first) - words.End(first - 1)).Contains('~');
    }

    private static bool IsChange(SectionText st, Words words, RawQuantity a, RawQuantity b)
    {
        var text = st.Text;
        if (st.SentenceAt(a.Start) != st.SentenceAt(b.Start))
        {
            return false;
        }

        var between = text[a.End..b.Start].Trim().ToLowerInvariant();
        if (between is "→" or "->" or "=>" or "⇒" or "to →")
        {
            return true;
        }

        if (between is not ("to" or "down to" or "up to" or "to just" or "to only" or "to about" or "to around" or "to under" or "to below" or "to roughly" or "to nearly" or "to less than" or "to fewer than" or "to over" or "to a mere"))
        {
            return false;
        }

        // "3 to 5 days" is a range; "from 3 to 5", "cut it 40 to 12" is a change.
        for (int k = a.FirstWord - 1, seen = 0; k >= 0 && seen < 8; k--, seen++)
        {
            if (st.SentenceAt(words.Start(k)) != st.SentenceAt(a.Start))
            {
                break;
            }

            if (ChangeCues.Contains(words.Text(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a number measures: the counted noun if there is one, else the content words just before
    /// it in its clause ("the drop rate went from …" → "drop rate"), plus "of/in X" right after it.
    /// </summary>
    private string KeyFor(SectionText st, Words words, int first, int last, string counted)
    {
        var parts = new List<string>();
        var text = st.Text;
        var sentence = st.SentenceAt(words.Start(first));
        var left = new List<string>();
        for (var k = first - 1; k >= 0 && left.Count < 3; k--)
        {
            var start = words.Start(k);
            if (start < sentence.Start || HasBreak(text, words.End(k), words.Start(k + 1)))
            {
                break;
            }

            var w = words.Text(k);
            if (ClauseOpeners.Contains(w) || w is "I" or "i" || (w.Length > 0 && char.IsDigit(w[0])) || NumberWords.ContainsKey(w))
            {
                break;
            }

            if (!_rules.Connectors.Contains(w) && !Determiners.Contains(w) && !Adverbs.Contains(w) && !Pronouns.Contains(w))
            {
                left.Insert(0, w.ToLowerInvariant());
            }
            else if (left.Count > 0 && !Determiners.Contains(w))
            {
                break; // the noun phrase ended at a connector ("rate" in "the drop rate went from")
            }
        }

        var right = new List<string>();
        if (last + 2 < words.Count && words.Text(last + 1) is "of" or "in" or "for" or "on" && !HasBreak(text, words.End(last), words.Start(last + 2)))
        {
            for (var k = last + 2; k < words.Count && right.Count < 2; k++)
            {
                if (HasBreak(text, words.End(k - 1), words.Start(k)))
                {
                    break;
                }

                var w = words.Text(k);
                if (ClauseOpeners.Contains(w) || _rules.Connectors.Contains(w))
                {
                    if (right.Count > 0 || !Determiners.Contains(w))
                    {
                        if (right.Count > 0)
                        {
                            break;
                        }

                        continue;
                    }

                    continue;
                }

                if (!Pronouns.Contains(w))
                {
                    right.Add(w.ToLowerInvariant());
                }
            }
        }

        if (counted.Length > 0)
        {
            parts.Add(counted);
        }

        parts.AddRange(left);
        parts.AddRange(right);
        return string.Join(' ', parts.Distinct(StringComparer.Ordinal));
    }

    private static bool HasBreak(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '—' or '–' or '\n' or '"' or '“' or '”')
            {
                return true;
            }
        }

        return false;
    }

    private static string SentenceOf(SectionText st, int position)
    {
        var s = st.SentenceAt(position);
        return st.Text.Substring(s.Start, s.Length).Trim();
    }

    // ---------------------------------------------------------------- entities

    private void FindEntities(SectionText st, Words words, List<Fact> facts)
    {
        var text = st.Text;
        var taken = facts.Select(f => (f.Start, f.End)).ToList();
        bool Free(int s, int e) => !taken.Any(t => s < t.End && t.Start < e);
        void Add(FactKind kind, int firstWord, int lastWord, string key)
        {
            var s = words.Start(firstWord);
            var e = words.End(lastWord);
            if (!Free(s, e) || st.InQuote(s))
            {
                return;
            }

            var span = text[s..e];
            taken.Add((s, e));
            facts.Add(new Fact
            {
                Kind = kind,
                Section = st.Section,
                Start = s,
                Length = e - s,
                Text = span,
                Value = Normalise(span),
                Key = key,
                Sentence = SentenceOf(st, s),
            });
        }

        for (var i = 0; i < words.Count; i++)
        {
            var w = words.Text(i);

            // Dates first: a month name or a quarter must not become a system name.
            if (DateAt(st, words, i) is { } last)
            {
                Add(FactKind.Date, i, last, "when");
                i = last;
                continue;
            }

            var lower = w.ToLowerInvariant();
            if (_rules.TeamNouns.Contains(lower) || _rules.SystemNouns.Contains(lower))
            {
                var first = i;
                while (first - 1 >= 0 && i - first < 3 && words.Joined(first) && !HasBreak(text, words.End(first - 1), words.Start(first)) && IsModifier(words.Text(first - 1)))
                {
                    first--;
                }

                if (first < i)
                {
                    var isTeam = _rules.TeamNouns.Contains(lower);
                    Add(isTeam ? FactKind.Team : FactKind.System, first, i, Singular(lower));
                }

                continue;
            }

            if (IsNameLike(st, words, i))
            {
                var last2 = i;
                while (last2 + 1 < words.Count && words.Joined(last2 + 1) && IsCapitalised(words.Text(last2 + 1)) && !CommonCapitalised.Contains(words.Text(last2 + 1)) && !Months.Contains(words.Text(last2 + 1)))
                {
                    last2++;
                }

                // "Kafka cluster", "Payments team": the noun after decides the kind.
                if (last2 + 1 < words.Count && words.Joined(last2 + 1))
                {
                    var after = words.Text(last2 + 1).ToLowerInvariant();
                    if (_rules.TeamNouns.Contains(after))
                    {
                        Add(FactKind.Team, i, last2 + 1, Singular(after));
                        i = last2 + 1;
                        continue;
                    }

                    if (_rules.SystemNouns.Contains(after))
                    {
                        Add(FactKind.System, i, last2 + 1, Singular(after));
                        i = last2 + 1;
                        continue;
                    }
                }

                var kind = IsPerson(words, i, last2) ? FactKind.Person : FactKind.System;
                var key = kind == FactKind.Person ? RoleBefore(words, i) : "name";

                // "our reminder service, Nightingale," / "a tool called Relay": the name of that system.
                if (kind == FactKind.System && i > 0)
                {
                    var before = words.Text(i - 1).ToLowerInvariant();
                    var gap = text.AsSpan(words.End(i - 1), words.Start(i) - words.End(i - 1)).Trim();
                    if (_rules.SystemNouns.Contains(before) && gap.SequenceEqual(","))
                    {
                        key = Singular(before) + " name";
                    }
                    else if (before is "called" or "named" && i > 1 && _rules.SystemNouns.Contains(words.Text(i - 2).ToLowerInvariant()))
                    {
                        key = Singular(words.Text(i - 2).ToLowerInvariant()) + " name";
                    }
                }

                Add(kind, i, last2, key);
                i = last2;
            }
        }
    }

    private bool IsModifier(string word)
    {
        if (word.Length == 0 || char.IsDigit(word[0]) || NumberWords.ContainsKey(word))
        {
            return false;
        }

        return !_rules.Connectors.Contains(word) && !Determiners.Contains(word) && !ClauseOpeners.Contains(word) && !Adverbs.Contains(word)
            && !_rules.VerbForms.ContainsKey(word) && word is not ("I" or "i" or "whole" or "new" or "old" or "same" or "entire" or "own" or "other" or "us" or "me" or "them" or "you");
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>A proper name: capitalised mid-sentence, or anywhere when CamelCase, an acronym or letters with digits.</summary>
    private bool IsNameLike(SectionText st, Words words, int i)
    {
        var w = words.Text(i);
        if (w.Length < 2 || !char.IsLetter(w[0]) || CommonCapitalised.Contains(w) || Months.Contains(w) || Weekdays.Contains(w) || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal))
        {
            return false;
        }

        var hasDigit = w.Any(char.IsDigit);
        var upper = w.Count(char.IsUpper);
        var strong = (upper >= 2 && w.Length <= 12) || (hasDigit && char.IsLetter(w[0]));
        if (hasDigit && w.Length > 1 && (w[0] is 'p' or 'P') && w[1..].All(char.IsDigit))
        {
            return false; // p99 is a percentile, not a system
        }

        if (strong)
        {
            return true;
        }

        if (!IsCapitalised(w))
        {
            return false;
        }

        var sentenceStart = st.SentenceAt(words.Start(i)).Start;
        var firstOfSentence = i == 0 || words.Start(i - 1) < sentenceStart || st.Text.AsSpan(sentenceStart, words.Start(i) - sentenceStart).Trim().TrimStart("-*•>#0123456789.) ").IsEmpty;
        if (!firstOfSentence)
        {
            // After a colon or an opening bracket a capital is a sentence start, not a name.
            var before = st.Text.AsSpan(0, words.Start(i)).TrimEnd();
            return before.Length == 0 || before[^1] is not (':' or '(' or '"' or '“');
        }

        // A sentence opens with a name only when a claim verb follows: "Priya wrote the fix".
        return i + 1 < words.Count && _rules.VerbForms.ContainsKey(words.Text(i + 1)) && !_rules.VerbForms.ContainsKey(w);
    }

    private bool IsPerson(Words words, int first, int last)
    {
        if (words.Text(first).Any(char.IsDigit) || words.Text(first).Count(char.IsUpper) >= 2)
        {
            return false;
        }

        if (last + 1 < words.Count)
        {
            var next = words.Text(last + 1);
            if (_rules.VerbForms.ContainsKey(next) || next is "said" or "told" or "asked" or "agreed" or "suggested" or "and" or "was" or "had" or "who" || (next.EndsWith("ed", StringComparison.Ordinal) && next.Length > 4))
            {
                return true;
            }
        }

        if (first > 0)
        {
            var prev = words.Text(first - 1).ToLowerInvariant();
            if (_rules.PersonWords.Contains(prev) || prev is "with" or "by" or "asked" or "told" or "named" or "called" or "thanked" or "paired" or "helped" or "mentored" or "coached")
            {
                return true;
            }
        }

        return false;
    }

    private string RoleBefore(Words words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            var w = words.Text(k).ToLowerInvariant();
            if (_rules.PersonWords.Contains(w))
            {
                return w;
            }
        }

        return "person";
    }

    /// <summary>The last word of a date starting at word <paramref name="i"/>, or null.</summary>
    private static int? DateAt(SectionText st, Words words, int i)
    {
        var w = words.Text(i);
        static bool IsYear(string s) => s.Length == 4 && s.All(char.IsDigit) && (s.StartsWith("19", StringComparison.Ordinal) || s.StartsWith("20", StringComparison.Ordinal));
        static bool IsQuarter(string s) => s.Length == 2 && s[0] is 'Q' or 'H' && s[1] is >= '1' and <= '4';
        bool NextIsYear(int k) => k + 1 < words.Count && words.Joined(k + 1) && IsYear(words.Text(k + 1));

        if (IsYear(w))
        {
            return i;
        }

        if (IsQuarter(w))
        {
            return NextIsYear(i) ? i + 1 : i;
        }

        if (Months.Contains(w) && IsCapitalised(w))
        {
            var prev = i > 0 ? words.Text(i - 1).ToLowerInvariant() : "";
            var datey = NextIsYear(i) || prev is "in" or "since" or "by" or "until" or "last" or "early" or "late" or "mid" or "through" or "of" or "during" or "before" or "after" or "from"
                || (i + 1 < words.Count && words.Text(i + 1).All(char.IsDigit) && words.Text(i + 1).Length <= 2);
            if (!datey || (w is "May" or "Mar" && !NextIsYear(i) && prev is not ("in" or "since" or "by" or "until" or "last" or "early" or "late" or "mid")))
            {
                return null;
            }

            var last = i;
            if (last + 1 < words.Count && words.Joined(last + 1) && words.Text(last + 1).All(char.IsDigit) && words.Text(last + 1).Length <= 2)
            {
                last++;
            }

            return NextIsYear(last) ? last + 1 : last;
        }

        if (Weekdays.Contains(w) && IsCapitalised(w))
        {
            return i;
        }

        if (w.ToLowerInvariant() is "last" or "this" or "next" or "early" or "late" && i + 1 < words.Count && words.Joined(i + 1) && Periods.Contains(words.Text(i + 1)))
        {
            // "last quarter" is a date; "this year" too; but not "the last week of testing" after an article.
            if (i > 0 && words.Text(i - 1).ToLowerInvariant() is "the" or "a")
            {
                return null;
            }

            return NextIsYear(i + 1) ? i + 2 : i + 1;
        }

        return null;
    }

    // ---------------------------------------------------------------- claims

    private void FindClaims(SectionText st, Words words, List<Fact> facts)
    {
        var text = st.Text;
        for (var i = 0; i < words.Count; i++)
        {
            var verb = words.Text(i);
            if (!_rules.VerbForms.TryGetValue(verb, out var group) || st.InQuote(words.Start(i)))
            {
                continue;
            }

            // A verb directly after "to" is an infinitive ("asked them to write"): no one is claimed.
            var k = i - 1;
            while (k >= 0 && words.Joined(k + 1) && Adverbs.Contains(words.Text(k)) && !HasBreak(text, words.End(k), words.Start(k + 1)))
            {
                k--;
            }

            if (k >= 0 && words.Text(k) is "to" or "To" or "the" or "a" or "an" or "our" or "my" or "their" or "his" or "her" or "its" or "this" or "that")
            {
                continue;
            }

            ClaimActor actor;
            string subject;
            int subjectStart;
            var passive = k >= 0 && words.Text(k).ToLowerInvariant() is "was" or "were" or "been" or "got" or "is" or "are";
            if (passive)
            {
                if (i + 2 < words.Count && words.Text(i + 1) == "by")
                {
                    var by = words.Text(i + 2);
                    (actor, subject) = by.ToLowerInvariant() switch
                    {
                        "me" or "myself" => (ClaimActor.Me, by),
                        "us" => (ClaimActor.We, by),
                        _ => (ClaimActor.Other, ByPhrase(words, i + 2)),
                    };
                    subjectStart = words.Start(i);
                    var byEnd = i + 1 + subject.Split(' ').Length;
                    AddClaim(st, words, facts, group, actor, subject, subjectStart, i, objectFrom: byEnd + 1, minEnd: words.End(byEnd));
                }

                continue;
            }

            var sentence = st.SentenceAt(words.Start(i));

            // "My tech lead, Wen, proposed …": a name set off by commas after a role is the subject.
            if (k >= 2 && words.Start(k) >= sentence.Start && text.AsSpan(words.End(k), words.Start(k + 1) - words.End(k)).Trim().SequenceEqual(",")
                && IsCapitalised(words.Text(k)) && !CommonCapitalised.Contains(words.Text(k))
                && text.AsSpan(words.End(k - 1), words.Start(k) - words.End(k - 1)).Trim().SequenceEqual(",") && _rules.PersonWords.Contains(words.Text(k - 1).ToLowerInvariant())
                && !Language.IsNegated(st, words.Start(i), 3))
            {
                var role = NounPhraseEndingAt(text, words, k - 1, out var roleStart);
                AddClaim(st, words, facts, group, ClaimActor.Other, $"{role}, {words.Text(k)}", roleStart, i, i + 1);
                continue;
            }

            // "Dana, the frontend on-call, spotted …": a role set off by commas after a name.
            if (k >= 2 && words.Start(k) >= sentence.Start && text.AsSpan(words.End(k), words.Start(k + 1) - words.End(k)).Trim().SequenceEqual(",")
                && _rules.PersonWords.Contains(words.Text(k).ToLowerInvariant()) && !Language.IsNegated(st, words.Start(i), 3))
            {
                var f = k;
                while (f > 0 && k - f < 4 && !text.AsSpan(words.End(f - 1), words.Start(f) - words.End(f - 1)).Contains(','))
                {
                    f--;
                }

                if (f > 0 && text.AsSpan(words.End(f - 1), words.Start(f) - words.End(f - 1)).Trim().SequenceEqual(",") && IsCapitalised(words.Text(f - 1)) && !CommonCapitalised.Contains(words.Text(f - 1)))
                {
                    var nameStart = words.Start(f - 1);
                    AddClaim(st, words, facts, group, ClaimActor.Other, text[nameStart..words.End(k)], nameStart, i, i + 1);
                    continue;
                }
            }

            if (k < 0 || words.Start(k) < sentence.Start || HasBreak(text, words.End(k), words.Start(k + 1)) || (ClauseOpeners.Contains(words.Text(k)) && words.Text(k) is not ("who" or "that")))
            {
                // A verb that opens its line or sentence ("- Wrote the fix") is the candidate's own, told in shorthand.
                var lineStart = k < 0 || text.AsSpan(words.End(k), words.Start(i) - words.End(k)).IndexOfAny(".\n!?") >= 0;
                if (lineStart && IsCapitalised(verb) && verb.EndsWith("ed", StringComparison.Ordinal) || lineStart && IsCapitalised(verb) && IsIrregularPast(verb))
                {
                    AddClaim(st, words, facts, group, ClaimActor.Me, "", words.Start(i), i, i + 1);
                }

                continue;
            }

            var s = words.Text(k);
            if (Language.IsNegated(st, words.Start(i), 3))
            {
                continue;
            }

            if (s is "I" or "i" or "I'd" or "I’d" || s.StartsWith("I'", StringComparison.Ordinal) || s.StartsWith("I’", StringComparison.Ordinal))
            {
                var shared = k >= 2 && words.Text(k - 1).Equals("and", StringComparison.OrdinalIgnoreCase) && !HasBreak(text, words.End(k - 2), words.Start(k));
                actor = shared ? ClaimActor.We : ClaimActor.Me;
                subjectStart = shared ? words.Start(k - 2) : words.Start(k);
                subject = text[subjectStart..words.End(k)];
                AddClaim(st, words, facts, group, actor, subject, subjectStart, i, i + 1);
                continue;
            }

            if (s.Equals("we", StringComparison.OrdinalIgnoreCase))
            {
                AddClaim(st, words, facts, group, ClaimActor.We, s, words.Start(k), i, i + 1);
                continue;
            }

            if (s.ToLowerInvariant() is "he" or "she" or "they")
            {
                AddClaim(st, words, facts, group, ClaimActor.Other, s, words.Start(k), i, i + 1);
                continue;
            }

            if (s.ToLowerInvariant() is "who" or "that" && k > 0)
            {
                // "my manager, who decided …": the noun before the relative pronoun is the subject.
                var head = k - 1;
                if (IsOtherHead(words.Text(head)))
                {
                    AddClaim(st, words, facts, group, ClaimActor.Other, NounPhraseEndingAt(text, words, head, out var hs), hs, i, i + 1);
                }

                continue;
            }

            if (IsOtherHead(s))
            {
                // "their team lead", "the data review": a base-form verb after a singular noun is a noun compound, not a clause.
                if (_rules.ClaimVerbs.Any(g => g.Verbs.Contains(verb.ToLowerInvariant())) && !s.EndsWith('s') && s.ToLowerInvariant() is not ("people" or "they"))
                {
                    continue;
                }

                var phrase = NounPhraseEndingAt(text, words, k, out var start);
                AddClaim(st, words, facts, group, ClaimActor.Other, phrase, start, i, i + 1);
            }
        }
    }

    private static bool IsIrregularPast(string verb) =>
        verb.ToLowerInvariant() is "wrote" or "built" or "led" or "ran" or "found" or "set" or "cut" or "chose" or "drove" or "took" or "made" or "taught" or "spotted" or "shipped" or "put";

    private bool IsOtherHead(string word)
    {
        var lower = word.ToLowerInvariant();
        if (_rules.PersonWords.Contains(lower) || _rules.TeamNouns.Contains(lower))
        {
            return true;
        }

        // A name: capitalised, not a common word, not a system ("Kafka dropped" is not a claim, but cannot be told apart; names win).
        return IsCapitalised(word) && word.Length > 1 && !CommonCapitalised.Contains(word) && word.Skip(1).All(char.IsLower) && !Months.Contains(word);
    }

    private string NounPhraseEndingAt(string text, Words words, int head, out int start)
    {
        var first = head;
        while (first - 1 >= 0 && head - first < 3 && words.Joined(first) && !HasBreak(text, words.End(first - 1), words.Start(first)))
        {
            var w = words.Text(first - 1);
            if (ClauseOpeners.Contains(w) || w is "I" or "i" || _rules.VerbForms.ContainsKey(w) || (w.EndsWith("ed", StringComparison.Ordinal) && !Determiners.Contains(w)))
            {
                break;
            }

            first--;
            if (Determiners.Contains(w))
            {
                break;
            }
        }

        start = words.Start(first);
        return text[start..words.End(head)];
    }

    private static string ByPhrase(Words words, int from)
    {
        var parts = new List<string>();
        for (var k = from; k < words.Count && parts.Count < 3; k++)
        {
            var w = words.Text(k);
            if (k > from && (ClauseOpeners.Contains(w) || !words.Joined(k)))
            {
                break;
            }

            parts.Add(w);
            if (!Determiners.Contains(w))
            {
                break;
            }
        }

        return string.Join(' ', parts);
    }

    private void AddClaim(SectionText st, Words words, List<Fact> facts, string group, ClaimActor actor, string subject, int subjectStart, int verbWord, int objectFrom, int minEnd = 0)
    {
        var text = st.Text;
        var obj = new List<string>();
        var end = Math.Max(words.End(verbWord), minEnd);
        for (var k = objectFrom; k < words.Count && obj.Count < 3; k++)
        {
            if (HasBreak(text, words.End(k - 1), words.Start(k)))
            {
                break;
            }

            var w = words.Text(k);

            // "spotted that the ranking flag …": the clause is what was spotted.
            if (k == objectFrom && w.ToLowerInvariant() is "that" or "how" or "why" or "what" or "where" or "when")
            {
                continue;
            }

            if (ClauseOpeners.Contains(w) || w is "I" or "i" || (obj.Count > 0 && Prepositions.Contains(w) && w is not "of"))
            {
                break;
            }

            end = Math.Max(end, words.End(k));
            if (!_rules.Connectors.Contains(w) && !Determiners.Contains(w) && !Adverbs.Contains(w) && w is not ("it" or "them" or "that" or "this" or "us" or "me" or "out" or "off"))
            {
                obj.Add(w.ToLowerInvariant());
            }
        }

        var start = Math.Min(subjectStart, words.Start(verbWord));
        facts.Add(new Fact
        {
            Kind = FactKind.Claim,
            Section = st.Section,
            Start = start,
            Length = end - start,
            Text = text[start..end],
            Value = actor.ToString().ToLowerInvariant(),
            Key = string.Join(' ', [group, .. obj]),
            Actor = actor,
            Subject = subject,
            Verb = group,
            Sentence = SentenceOf(st, start),
        });
    }

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>Lower case, inner whitespace collapsed, a leading article dropped: "The Payments  team" → "payments team".</summary>
    internal static string Normalise(string span)
    {
        var words = span.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        while (words.Count > 1 && words[0] is "the" or "a" or "an" or "our" or "my" or "their")
        {
            words.RemoveAt(0);
        }

        if (words.Count > 0)
        {
            words[^1] = Singular(words[^1]);
        }

        return string.Join(' ', words);
    }
}

/// <summary>
/// The spoken words of a section (the scorer's tokens that start a word, so "0.3%" stays one word),
/// with helpers by index. Built once per section per extraction.
/// </summary>
internal sealed class Words
{
    private readonly string _text;
    private readonly List<(int Start, int Length, bool Joined)> _words;

    private Words(string text, List<(int Start, int Length, bool Joined)> words)
    {
        _text = text;
        _words = words;
    }

    public int Count => _words.Count;

    public (int Start, int Length) this[int i] => (_words[i].Start, _words[i].Length);

    public static Words Of(SectionText st)
    {
        var list = new List<(int, int, bool)>(st.Tokens.Count);
        foreach (var t in st.Tokens)
        {
            list.Add((t.Start, t.Length, t.JoinedToPrevious));
        }

        return new Words(st.Text, list);
    }

    public int Start(int i) => _words[i].Start;

    public int End(int i) => _words[i].Start + _words[i].Length;

    /// <summary>Only whitespace separates word <paramref name="i"/> from the one before it.</summary>
    public bool Joined(int i) => i > 0 && i < _words.Count && _words[i].Joined;

    public string Text(int i) => _text.Substring(_words[i].Start, _words[i].Length);

    /// <summary>The word containing or starting at <paramref name="position"/>, or -1.</summary>
    public int IndexAt(int position)
    {
        int lo = 0, hi = _words.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (position < _words[mid].Start)
            {
                hi = mid - 1;
            }
            else if (position >= _words[mid].Start + _words[mid].Length)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
