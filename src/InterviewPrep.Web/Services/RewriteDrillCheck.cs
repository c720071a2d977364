using InterviewPrep.Core;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;

namespace InterviewPrep.Web.Services;

/// <summary>The part of a section a drill works on: one sentence, or the whole section for a whole-section finding.</summary>
public sealed record DrillSpan(StarSection Section, int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// <summary>What the engine says about one rewrite: the drilled finding gone or not, and anything else it now flags there.</summary>
public sealed record DrillVerdict(bool Passed, IReadOnlyList<Finding> Remaining, IReadOnlyList<Finding> Others);

/// <summary>
/// The arithmetic of a rewrite drill. A rule can only be judged in context (the share of "we" in
/// Action, a metric anywhere in Result), so a rewrite is put back into its story and the whole
/// story is checked; only findings on the rewritten words count, so the drill re-checks just that
/// sentence.
/// </summary>
public static class RewriteDrillCheck
{
    /// <summary>The sentence (or sentences) holding <paramref name="finding"/>, or the whole section for a finding that spans it.</summary>
    public static DrillSpan SpanOf(Finding finding, string sectionText)
    {
        if (IsWholeSection(finding, sectionText))
        {
            return new DrillSpan(finding.Section, 0, sectionText);
        }

        var start = Math.Clamp(finding.Start, 0, sectionText.Length);
        var end = Math.Clamp(finding.End, start, sectionText.Length);
        var from = SentenceStart(sectionText, start);
        var to = SentenceEnd(sectionText, Math.Max(start, end - 1));
        return new DrillSpan(finding.Section, from, sectionText[from..to]);
    }

    /// <summary>The draft with <paramref name="rewrite"/> in place of the drilled words.</summary>
    public static StoryDraft Apply(StoryDraft draft, DrillSpan span, string rewrite)
    {
        var text = draft.Text(span.Section);
        var at = text.Length >= span.End && string.CompareOrdinal(text, span.Start, span.Text, 0, span.Text.Length) == 0
            ? span.Start
            : text.IndexOf(span.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            return draft;
        }

        return draft.With(span.Section, string.Concat(text.AsSpan(0, at), rewrite, text.AsSpan(at + span.Text.Length)));
    }

    /// <summary>True when <paramref name="draft"/> still holds the drilled words, so a rewrite can go back in.</summary>
    public static bool StillHolds(StoryDraft draft, DrillSpan span) => draft.Text(span.Section).Contains(span.Text, StringComparison.Ordinal);

    /// <summary>Judges a rewrite of <paramref name="span"/> against the rule of <paramref name="drilled"/>.</summary>
    public static DrillVerdict Judge(Finding drilled, DrillSpan span, string rewrite, IReadOnlyList<Finding> findingsAfter, string sectionAfter)
    {
        var rewriteEnd = span.Start + rewrite.Length;
        bool OnRewrite(Finding f) => f.Section == span.Section
            && (IsWholeSection(f, sectionAfter) || (f.Start < rewriteEnd && f.End > span.Start) || (f.Length == 0 && f.Start >= span.Start && f.Start <= rewriteEnd));
        var here = findingsAfter.Where(OnRewrite).ToList();
        var remaining = here.Where(f => f.Rule == drilled.Rule).ToList();
        var others = here.Where(f => f.Rule != drilled.Rule).ToList();
        return new DrillVerdict(remaining.Count == 0 && rewrite.Trim().Length > 0, remaining, others);
    }

    /// <summary>Absence findings cover the whole section (or mark an empty one), as the editor shows them.</summary>
    public static bool IsWholeSection(Finding f, string sectionText) =>
        f.Start == 0 && (f.Length == 0 || f.Length >= sectionText.TrimEnd().Length);

    private static int SentenceStart(string text, int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (text[i] == '\n' || (IsStop(text[i]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                var s = i + 1;
                while (s < position && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                return s;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int position)
    {
        for (var i = position; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i;
            }

            if (IsStop(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static bool IsStop(char c) => c is '.' or '!' or '?';
}

/// <summary>A rewrite the candidate accepted: the words it replaces and the new ones.</summary>
public sealed record DrillAccepted(DrillSpan Span, string Rewrite);
