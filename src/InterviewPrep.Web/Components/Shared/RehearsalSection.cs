using InterviewPrep.Core;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Components.Shared;

/// <summary>One section to rehearse against its time budget, and what to compare the attempt with.</summary>
public sealed record RehearsalSection(StarSection Section, int TargetSeconds, string Example, IReadOnlyList<string> KeyPhrases, string? Coaching)
{
    public static IReadOnlyList<RehearsalSection> From(Walkthrough walkthrough) =>
        [.. walkthrough.Sections.Select(s => new RehearsalSection(s.Section, s.TargetSeconds, s.Example, s.KeyPhrases, s.Coaching))];
}
