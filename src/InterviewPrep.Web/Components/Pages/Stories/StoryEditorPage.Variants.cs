using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;
using InterviewPrep.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Components;

namespace InterviewPrep.Web.Components.Pages.Stories;

/// <summary>
/// The editor's share of issue 12: a re-angled variant's link to its original (whose facts its
/// own are checked against), the rewrite drill opened from a finding, and deleting a story
/// that has variants. Kept apart from the editor's saving logic, which it only calls.
/// </summary>
public sealed partial class StoryEditorPage
{
    private Story? _original;
    private string? _angleFor;
    private int _variantCount;
    private IReadOnlyList<Finding> _factFindings = [];
    private StoryFacts _originalFacts = StoryFacts.Empty;
    private FactComparison? _factComparison;
    private Finding? _drill;
    private StoryDraft _drillDraft = new();

    /// <summary>What the finding list shows: the score's findings and, on a variant, the fact checks.</summary>
    private IReadOnlyList<Finding> AllFindings => _factFindings.Count == 0
        ? _report?.Findings ?? []
        : [.. (_report?.Findings ?? []).Concat(_factFindings).OrderBy(f => f.Section).ThenBy(f => f.Start)];

    [Inject]
    private FactTools Facts { get; set; } = default!;

    private async Task LoadLinksAsync(Story story)
    {
        _angleFor = story.AngleFor;
        _original = story.OriginalStoryId is { } originalId && _userId is not null ? await Bank.GetAsync(_userId, originalId) : null;
        // The original does not change while its variant is edited: its facts are extracted once.
        _originalFacts = _original is null ? StoryFacts.Empty : Facts.Extract(StoryBank.ToDraft(_original));
    }

    /// <summary>On a variant, the facts that differ from the original's, on the variant's words.</summary>
    private void RescoreFacts()
    {
        _factComparison = _original is null ? null : Facts.Compare(_originalFacts, _scored ?? _draft);
        _factFindings = _factComparison?.Findings ?? [];
    }

    private IReadOnlyList<Finding> FactFindings(StoryDraft draft) =>
        _original is null ? [] : Facts.Compare(_originalFacts, draft)?.Findings ?? [];

    /// <summary>Everything the editor would flag in <paramref name="draft"/>: what the drill re-checks.</summary>
    private IReadOnlyList<Finding> CheckAll(StoryDraft draft) =>
        [.. Bank.Score(draft).Findings, .. _original is null ? [] : FactFindings(draft)];

    private void OpenDrill(Finding finding)
    {
        _drill = finding;
        _drillDraft = _draft;
    }

    private void CloseDrill() => _drill = null;

    /// <summary>
    /// Puts an accepted rewrite into the story. The server replaces the text on purpose, as a
    /// restore does: the boxes are reseeded, the browser copy is brought up to the new words
    /// (so it never offers the old ones back), and the change is saved as its own revision.
    /// </summary>
    private async Task AcceptDrillAsync(DrillAccepted accepted)
    {
        if (!RewriteDrillCheck.StillHolds(_draft, accepted.Span))
        {
            _problems = ["That sentence has changed in the editor since the drill began, so the rewrite was not put in. Copy it from the drill box."];
            return;
        }

        _draft = RewriteDrillCheck.Apply(_draft, accepted.Span, accepted.Rewrite);
        _drill = null;
        _problems = [];
        ReseedBoxes();
        Rescore();
        _status = SaveStatus.Dirty;
        StateHasChanged();
        // Yielding lets the render with the new boxes reach the browser before the copy is taken.
        await Task.Yield();
        await BrowserAsync("ip.editor.recordAll");
        await SaveAsync(_storyId is null ? "auto" : "manual");
    }

    private async Task DeleteWithAsync(bool withVariants)
    {
        if (_userId is null || _storyId is null)
        {
            return;
        }

        if (withVariants)
        {
            foreach (var v in await Bank.VariantsAsync(_userId, _storyId.Value))
            {
                await BrowserAsync("ip.editor.dropStory", _userKey, $"story-{v.Id}");
            }
        }

        await Bank.DeleteAsync(_userId, _storyId.Value, withVariants);
        await BrowserAsync("ip.editor.dropStory", _userKey, DraftKey);
        Navigation.NavigateTo("/stories");
    }
}
