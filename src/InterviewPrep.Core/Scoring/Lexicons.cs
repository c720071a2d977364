using System.Collections.Frozen;

namespace InterviewPrep.Core.Scoring;

/// <summary>
/// Word classes from <c>content/scoring/lexicons.yaml</c> ("feeling", "delegation verbs"…): small
/// hand-built lists a pattern names with <c>$class</c>, so a rule says "a feeling predicate" instead
/// of enumerating sentences. <c>~word</c> (or <c>~$class</c>) matches every inflection of a word:
/// "~nudge" is nudge, nudges, nudged, nudging.
/// </summary>
internal sealed class Lexicons
{
    public static readonly Lexicons None = new(new Dictionary<string, IReadOnlyList<string>>());

    // English verbs whose past forms a suffix rule cannot make; enough for the classes we use.
    private static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>
    {
        ["tell"] = ["told"], ["give"] = ["gave", "given"], ["take"] = ["took", "taken"], ["send"] = ["sent"],
        ["bring"] = ["brought"], ["get"] = ["got", "gotten"], ["make"] = ["made"], ["go"] = ["went", "gone"],
        ["do"] = ["did", "done"], ["run"] = ["ran"], ["leave"] = ["left"], ["feel"] = ["felt"], ["think"] = ["thought"],
        ["say"] = ["said"], ["lead"] = ["led"], ["write"] = ["wrote", "written"], ["build"] = ["built"], ["keep"] = ["kept"],
        ["find"] = ["found"], ["see"] = ["saw", "seen"], ["know"] = ["knew", "known"], ["come"] = ["came"],
        ["become"] = ["became"], ["throw"] = ["threw", "thrown"], ["choose"] = ["chose", "chosen"], ["be"] = ["was", "were", "been", "is", "are"],
        ["have"] = ["had", "has"], ["hear"] = ["heard"], ["put"] = ["put"], ["set"] = ["set"], ["let"] = ["let"],
        ["fall"] = ["fell", "fallen"], ["rise"] = ["rose", "risen"], ["grow"] = ["grew", "grown"], ["win"] = ["won"],
        ["pay"] = ["paid"], ["buy"] = ["bought"], ["teach"] = ["taught"], ["catch"] = ["caught"], ["seek"] = ["sought"],
        ["hold"] = ["held"], ["stand"] = ["stood"], ["understand"] = ["understood"], ["sell"] = ["sold"], ["spend"] = ["spent"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _classes;

    public Lexicons(IReadOnlyDictionary<string, IReadOnlyList<string>> classes) => _classes = classes;

    public IEnumerable<string> Names => _classes.Keys;

    public bool TryGet(string name, out IReadOnlyList<string> entries) => _classes.TryGetValue(name, out entries!);

    /// <summary>The inflected forms of a word (lemma first): regular suffixes plus a small irregular table.</summary>
    public static IEnumerable<string> Inflect(string lemma)
    {
        var w = lemma.ToLowerInvariant();
        var forms = new List<string> { w, w + "s", w + "ed", w + "ing" };
        if (w.EndsWith('e'))
        {
            forms.AddRange([w + "d", w[..^1] + "ing"]);
        }
        else if (w.EndsWith('y') && w.Length > 2 && !"aeiou".Contains(w[^2], StringComparison.Ordinal))
        {
            forms.AddRange([w[..^1] + "ies", w[..^1] + "ied"]);
        }
        else if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith("sh", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal))
        {
            forms.Add(w + "es");
        }

        // Short consonant-vowel-consonant verbs double the consonant: drop -> dropped, plan -> planning.
        if (w.Length is >= 3 and <= 4 && !"aeiouwxy".Contains(w[^1], StringComparison.Ordinal) && "aeiou".Contains(w[^2], StringComparison.Ordinal) && !"aeiou".Contains(w[^3], StringComparison.Ordinal))
        {
            forms.AddRange([w + w[^1] + "ed", w + w[^1] + "ing"]);
        }

        if (Irregular.TryGetValue(w, out var irregular))
        {
            forms.AddRange(irregular);
        }

        return forms.Distinct(StringComparer.Ordinal);
    }
}
