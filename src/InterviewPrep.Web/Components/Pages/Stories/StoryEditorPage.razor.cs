using System.Text.Json;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;
using InterviewPrep.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using DialogOptions = MudBlazor.DialogOptions;
using IDialogService = MudBlazor.IDialogService;
using MaxWidth = MudBlazor.MaxWidth;

namespace InterviewPrep.Web.Components.Pages.Stories;

/// <summary>
/// The story editor. Scoring runs after a short pause in typing; saving runs after a longer one
/// (autosave) or on demand. Three things protect the candidate's words: a browser-side copy of
/// every keystroke (restored after a reload or a lost connection), a version check on every save
/// (a second tab gets a conflict notice, never a silent overwrite), and a client key on the
/// first save (a double click creates one story).
/// </summary>
public sealed partial class StoryEditorPage : IAsyncDisposable
{
    private enum SaveStatus
    {
        Idle,
        Dirty,
        Saving,
        Saved,
        Conflict,
        Error,
    }

    private sealed record CheckItem(string Id, string Label, string[] Rules);

    private static readonly CheckItem[] SelfCheckItems =
    [
        new("scope", "Scope boundary stated: what was mine, what was not", ["missing-scope-boundary"]),
        new("i-actions", "Every step says what I did (“I”, not “we”)", ["we-language", "handoff"]),
        new("metrics", "Metric delta, business impact and a second-order effect", ["missing-metric", "vague-result"]),
        new("reflection", "The lesson is specific to this story", ["generic-reflection"]),
    ];

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    // Scoring a story costs well under a millisecond to a few milliseconds, so feedback can follow
    // a short pause (40 ms: feedback within 100 ms of the last keystroke, measured in Chromium);
    // the pause only keeps a burst of keys from being scored once per key.
    private static readonly TimeSpan ScoreDelay = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan SaveDelay = TimeSpan.FromMilliseconds(1200);

    private readonly string _clientKey = Guid.NewGuid().ToString("N");
    private StoryDraft _draft = new();
    private StoryDraft? _scored;
    private ScoreReport? _report;
    private int? _storyId;
    private int _version;
    private string? _userId;
    private bool _loaded;
    private bool _notFound;
    private bool _saving;
    private bool _saveAgain;
    private bool _disposing;
    private SaveStatus _status = SaveStatus.Idle;
    private DateTime? _savedAt;
    private Story? _conflict;
    private IReadOnlyList<string> _problems = [];
    private List<StoryRevision> _revisions = [];
    private StoryDraft? _localDraft;
    private BrowserCopy? _localCopy;
    private string _userKey = "";
    // What the text boxes were last given by the server; see StoryField.Seed.
    private StoryDraft _seed = new();
    private int _generation;
    private readonly Dictionary<string, int> _oversized = [];
    private Timer? _scoreTimer;
    private Timer? _saveTimer;
    private bool _checkLocalDraft;
    private DotNetObjectReference<StoryEditorPage>? _self;

    [Parameter]
    public int? Id { get; set; }

    [SupplyParameterFromQuery(Name = "principle")]
    public string? PrinciplePreset { get; set; }

    [Inject]
    private ContentCatalog Catalog { get; set; } = default!;

    [Inject]
    private StoryBank Bank { get; set; } = default!;

    [Inject]
    private BrowserTime Time { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<StoryEditorPage> Log { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private string DraftKey => _storyId is null ? "new" : $"story-{_storyId}";

    private string StatusText => !RendererInfo.IsInteractive ? "Connecting…" : _status switch
    {
        SaveStatus.Dirty => "Unsaved changes…",
        SaveStatus.Saving => "Saving…",
        SaveStatus.Saved => _savedAt is { } at ? $"✓ Saved {Time.Format(at, "HH:mm:ss")}" : "✓ Saved",
        SaveStatus.Conflict => "Not saved — changed elsewhere",
        SaveStatus.Error => "Not saved — fix the problems above",
        _ => _storyId is null ? "Start typing — it saves automatically" : "All changes saved",
    };

    protected override async Task OnParametersSetAsync()
    {
        // Creating a story replaces /stories/new with /stories/{id}: same component, same state.
        if (_loaded && Id == _storyId)
        {
            return;
        }

        _userId ??= await User.IdAsync();
        if (_userId is null)
        {
            return;
        }

        _userKey = BrowserCopy.UserKey(_userId);

        if (Id is { } id)
        {
            var story = await Bank.GetAsync(_userId, id);
            if (story is null)
            {
                _notFound = true;
                return;
            }

            LoadFrom(story);
            await LoadLinksAsync(story);
            _revisions = await Bank.RevisionsAsync(_userId, id);
        }
        else if (PrinciplePreset is not null && Catalog.Theme(PrinciplePreset) is not null)
        {
            _draft = _draft with { Principles = [PrinciplePreset] };
        }

        ReseedBoxes();

        Rescore();
        _loaded = true;
        _checkLocalDraft = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("ip.editor.attach", _self);

            // "Saved 18:30:05" in the user's zone once the browser has named it.
            if (await Time.LoadAsync())
            {
                StateHasChanged();
            }
        }

        if (_checkLocalDraft && _loaded && !_notFound)
        {
            _checkLocalDraft = false;
            await CheckLocalDraftAsync();
        }
    }

    private void LoadFrom(Story story)
    {
        _storyId = story.Id;
        _version = story.Version;
        _draft = StoryBank.ToDraft(story);
        _savedAt = story.UpdatedAtUtc;
        _status = SaveStatus.Idle;
        ReseedBoxes();
    }

    /// <summary>The server replaces the text on purpose: the boxes are rebuilt with it.</summary>
    private void ReseedBoxes()
    {
        _seed = _draft;
        _generation++;
    }

    private IEnumerable<string> OversizedProblems => _oversized.Select(o =>
        $"{(StarNames.TryParseSection(o.Key, out var section) ? section.ToString() : o.Key)} is {o.Value:N0} characters, far past the limit of {StoryLimits.SectionMax:N0}. Your text is kept in the box and in this browser, but nothing is saved until you cut it down.");

    /// <summary>Called by app.js instead of sending a paste too large to travel to the server.</summary>
    [JSInvokable]
    public Task ReportOversizedAsync(string field, int length) => InvokeAsync(() =>
    {
        if (StarNames.Sections.Any(s => s.Id() == field))
        {
            _oversized[field] = length;
            _status = SaveStatus.Error;
            StateHasChanged();
        }
    });

    private void ChangeSection(StarSection section, string text)
    {
        _oversized.Remove(section.Id());
        Change(_draft.With(section, text));
    }

    private List<Finding> FindingsOf(StarSection section) =>
        AllFindings.Where(f => f.Section == section).ToList();

    private void Change(StoryDraft draft)
    {
        _draft = draft;
        _status = _conflict is null ? SaveStatus.Dirty : SaveStatus.Conflict;
        _scoreTimer ??= new Timer(_ => InvokeAsync(() =>
        {
            Rescore();
            StateHasChanged();
        }));
        _scoreTimer.Change(ScoreDelay, Timeout.InfiniteTimeSpan);
        if (_conflict is null)
        {
            _saveTimer ??= new Timer(_ => InvokeAsync(() => SaveAsync("auto")));
            _saveTimer.Change(SaveDelay, Timeout.InfiniteTimeSpan);
        }
    }

    // An empty draft would list five "missing section" findings before the first keystroke;
    // the panel teaches what it will check instead.
    private void Rescore()
    {
        _scored = _draft;
        _report = StarNames.Sections.All(s => string.IsNullOrWhiteSpace(_draft.Text(s))) ? null : Bank.Score(_draft);
        RescoreFacts();
    }

    private void TogglePrinciple(string slug) =>
        Change(_draft with { Principles = _draft.Principles.Contains(slug) ? _draft.Principles.Where(p => p != slug).ToList() : [.. _draft.Principles, slug] });

    private void ToggleCheck(string id) =>
        Change(_draft with { SelfCheck = _draft.SelfCheck.Contains(id) ? _draft.SelfCheck.Where(c => c != id).ToList() : [.. _draft.SelfCheck, id] });

    private Task SaveNowAsync() => SaveAsync("manual");

    /// <summary>Called from the page's Ctrl+S handler.</summary>
    [JSInvokable]
    public Task SaveFromKeyboardAsync() => InvokeAsync(() => SaveAsync("manual"));

    private async Task SaveAsync(string kind)
    {
        if (_userId is null || _conflict is not null)
        {
            return;
        }

        if (_oversized.Count > 0)
        {
            // The server holds an older text than the box; saving it would say "saved" falsely.
            _status = SaveStatus.Error;
            Refresh();
            return;
        }

        if (_saving)
        {
            // A save is in flight; run once more when it lands so the latest words are stored.
            _saveAgain = true;
            return;
        }

        if (_storyId is null && _draft.SameContentAs(new StoryDraft()) && _draft.SelfCheck.Count == 0)
        {
            return;
        }

        _saving = true;
        _status = SaveStatus.Saving;
        Refresh();
        var sent = _draft;
        try
        {
            var result = _storyId is null
                ? await Bank.CreateAsync(_userId, _clientKey, sent)
                : await Bank.SaveAsync(_userId, _storyId.Value, _version, sent, kind);
            _problems = result.Problems;
            if (result.Conflict)
            {
                _conflict = result.Story;
                _status = SaveStatus.Conflict;
                return;
            }

            if (!result.Saved)
            {
                _status = SaveStatus.Error;
                return;
            }

            var wasNew = _storyId is null;
            var oldKey = DraftKey;
            _storyId = result.Story!.Id;
            _version = result.Story.Version;
            _savedAt = result.Story.UpdatedAtUtc;
            _status = ReferenceEquals(sent, _draft) || sent.SameContentAs(_draft) ? SaveStatus.Saved : SaveStatus.Dirty;
            await BrowserAsync("ip.editor.saved", _userKey, oldKey, DraftKey, _version, BrowserCopy.Hash(sent));

            _revisions = await Bank.RevisionsAsync(_userId, _storyId.Value);
            if (wasNew && !_disposing)
            {
                // Only the address changes: a navigation would re-render this page from the server
                // (the layout is static) and start it afresh under the reader's typing.
                await BrowserAsync("ip.replaceAddress", $"/stories/{_storyId}");
            }
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException ex)
        {
            // The words stay in the editor and in the browser's copy; say so rather than crash.
            Log.LogError(ex, "Saving story {Id} failed", _storyId);
            _problems = ["The story could not be saved just now. Your text is kept in this browser; keep typing or press Save version to retry."];
            _status = SaveStatus.Error;
        }
        finally
        {
            _saving = false;
            Refresh();
        }

        if (_saveAgain || _status == SaveStatus.Dirty)
        {
            _saveAgain = false;
            _saveTimer?.Change(SaveDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task KeepMineAsync()
    {
        if (_conflict is null || _userId is null || _storyId is null)
        {
            return;
        }

        _version = _conflict.Version;
        _conflict = null;
        await SaveAsync("manual");
    }

    private async Task LoadTheirsAsync()
    {
        if (_conflict is null || _userId is null || _storyId is null)
        {
            return;
        }

        await Bank.KeepAsRevisionAsync(_userId, _storyId.Value, _draft);
        LoadFrom(_conflict);
        _conflict = null;
        Rescore();
        _revisions = await Bank.RevisionsAsync(_userId, _storyId.Value);
        // This tab's words are in History now; its browser copy has done its job.
        await BrowserAsync("ip.editor.dropOwn", _userKey);
    }

    private async Task RestoreAsync(int revisionId)
    {
        if (_userId is null || _storyId is null || _saving)
        {
            return;
        }

        var result = await Bank.RestoreAsync(_userId, _storyId.Value, revisionId, _version);
        if (result.Conflict)
        {
            _conflict = result.Story;
            _status = SaveStatus.Conflict;
            return;
        }

        if (result.Saved)
        {
            LoadFrom(result.Story!);
            _status = SaveStatus.Saved;
            Rescore();
            _revisions = await Bank.RevisionsAsync(_userId, _storyId.Value);
        }
    }

    private async Task OpenHistoryAsync()
    {
        var parameters = new MudBlazor.DialogParameters<StoryHistoryDialog>
        {
            { d => d.Revisions, _revisions },
            { d => d.CanRestore, !_saving && _conflict is null },
            { d => d.OnRestore, RestoreFromHistoryAsync },
        };
        await Dialogs.ShowAsync<StoryHistoryDialog>("History", parameters, new DialogOptions
        {
            MaxWidth = MaxWidth.Medium,
            FullWidth = true,
            CloseButton = true,
            CloseOnEscapeKey = true,
        });
    }

    // The dialog runs its callback outside this component's event handling: re-render by hand.
    private async Task RestoreFromHistoryAsync(int revisionId)
    {
        await InvokeAsync(() => RestoreAsync(revisionId));
        Refresh();
    }

    /// <summary>On a phone, the score bar's jump to the feedback panel after the five fields.</summary>
    private async Task JumpToFeedbackAsync() => await BrowserAsync("ip.reveal", "feedback");

    private async Task SelectAsync(Finding f) =>
        await JS.InvokeVoidAsync("ip.editor.select", $"field-{f.Section.Id()}", f.Start, f.Length);

    /// <summary>
    /// Offers back the newest browser copy of this story that holds words the server does not
    /// have. Copies that hold exactly the stored text are dropped. A copy typed on an older
    /// version (a tab that lost a conflict, then closed) is offered too, and restoring it keeps
    /// the stored text as a revision, so neither side's words are lost.
    /// </summary>
    private async Task CheckLocalDraftAsync()
    {
        var json = await JS.InvokeAsync<string?>("ip.editor.findDrafts", _userKey, DraftKey);
        List<BrowserCopy> copies;
        try
        {
            copies = string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<BrowserCopy>>(json, WebJson) ?? [];
        }
        catch (JsonException)
        {
            return;
        }

        foreach (var copy in copies)
        {
            var candidate = copy.Over(_draft);
            // Compared as stored: the server cleans text on save (StoryText), the browser keeps it as typed.
            if (candidate.Normalized().SameContentAs(_draft.Normalized()))
            {
                await BrowserAsync("ip.editor.dropDraft", copy.Key);
                continue;
            }

            if (_localCopy is null)
            {
                _localCopy = copy;
                _localDraft = candidate;
            }
        }

        StateHasChanged();
    }

    private async Task RestoreLocalDraftAsync()
    {
        if (_localDraft is null || _localCopy is null)
        {
            return;
        }

        var copy = _localCopy;
        _draft = _localDraft;
        _localDraft = null;
        _localCopy = null;
        ReseedBoxes();
        Rescore();
        _status = SaveStatus.Dirty;
        // Saved at once as its own revision ("recovered"): the text it replaces stays in History.
        await SaveAsync(_storyId is null ? "auto" : "recovered");
        if (_status == SaveStatus.Saved && !copy.Own)
        {
            await BrowserAsync("ip.editor.dropDraft", copy.Key);
        }
    }

    private async Task DiscardLocalDraftAsync()
    {
        if (_localCopy is not null)
        {
            await BrowserAsync("ip.editor.dropDraft", _localCopy.Key);
        }

        _localDraft = null;
        _localCopy = null;
        _checkLocalDraft = true;
    }

    private static string VerdictLabel(Verdict v) => v switch
    {
        Verdict.Strong => "Strong",
        Verdict.Mixed => "Mixed",
        _ => "Weak",
    };

    private static string SeverityLabel(Severity s) => s.ToString();

    // After the circuit is gone (a closed tab, a reload) there is nothing to render and no
    // browser to talk to; the final save still runs, the rest is skipped.
    private void Refresh()
    {
        if (!_disposing)
        {
            StateHasChanged();
        }
    }

    private async Task BrowserAsync(string function, params object?[] args)
    {
        if (_disposing)
        {
            return;
        }

        try
        {
            await JS.InvokeVoidAsync(function, args);
        }
        catch (JSDisconnectedException)
        {
            // The browser copy stays; the next visit compares it with the saved text and drops it.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        if (_scoreTimer is not null)
        {
            await _scoreTimer.DisposeAsync();
        }

        if (_saveTimer is not null)
        {
            await _saveTimer.DisposeAsync();
        }

        // Leaving the page with words not yet saved: save them now rather than wait for a timer
        // that will never fire. (The browser copy still covers a closed tab.)
        if (_status == SaveStatus.Dirty && !_saving)
        {
            await SaveAsync("auto");
        }

        _self?.Dispose();
    }
}
