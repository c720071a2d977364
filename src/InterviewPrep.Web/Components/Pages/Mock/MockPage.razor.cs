using System.Diagnostics;
using InterviewPrep.Core;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Mock;
using InterviewPrep.Core.Quizzes;
using InterviewPrep.Web.Components.Shared;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace InterviewPrep.Web.Components.Pages.Mock;

/// <summary>
/// The mock interview: set-up, then per question the prompt, a suggested story, the answer clock
/// and two or three follow-ups with their own clocks and self-ratings, then a summary. Signed in,
/// the session is saved after every answer and at the summary; signed out it runs the same and
/// keeps nothing.
/// </summary>
public sealed partial class MockPage : IAsyncDisposable
{
    [Inject] private ContentCatalog Catalog { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private StoryBank Bank { get; set; } = default!;
    [Inject] private MockSessions Sessions { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ILogger<MockPage> Log { get; set; } = default!;

    private enum Phase { Setup, Running, Summary }

    private enum Step { Ready, Answering, FollowUps }

    private sealed class FollowUpRun(MockFollowUp followUp)
    {
        public MockFollowUp FollowUp { get; } = followUp;
        public Stopwatch Watch { get; } = new();
        public bool Stopped { get; set; }
        public string? Rating { get; set; }
        public int UsedSeconds => SectionTiming.Seconds(Watch.Elapsed);
    }

    private sealed class AnswerRun(MockQuestion question, StorySuggestion? suggestion)
    {
        public MockQuestion Question { get; } = question;
        public StorySuggestion? Suggestion { get; } = suggestion;
        public int? StoryId { get; set; } = suggestion?.Story.Id;
        public string Text { get; set; } = "";
        public Stopwatch Watch { get; } = new();
        public bool Recorded { get; set; }
        public List<FollowUpRun> FollowUps { get; } = [];
        public int Current { get; set; }
        public int UsedSeconds => SectionTiming.Seconds(Watch.Elapsed);
    }

    private Phase _phase;
    private Step _step;
    private string _company = "amazon";
    private string _level = "sde2";
    private int _length = 3;
    private string? _userId;
    private List<MockStory> _stories = [];
    private List<string> _askedBefore = [];
    private readonly List<AnswerRun> _answers = [];
    private int _index;
    private string _sessionKey = "";
    private DateTime _startedAtUtc;
    private Random _random = new();
    private Timer? _timer;
    private string? _saveProblem;
    private bool _saved;
    private int? _savedId;
    private readonly HashSet<string> _recorded = [];
    private string? _focus;
    private IJSObjectReference? _keys;
    private DotNetObjectReference<MockPage>? _self;
    private ElementReference _startButton;
    private ElementReference _doneButton;
    private ElementReference _ratingFirst;
    private ElementReference _nextButton;
    private ElementReference _summaryHeading;

    private Level LevelValue => StarNames.TryParseLevel(_level, out var l) ? l : Level.Sde2;

    private int AnswerBudget => Catalog.Mock.AnswerSecondsFor(LevelValue);

    private int FollowUpBudget => Catalog.Mock.FollowUpSeconds;

    private AnswerRun? CurrentAnswer => _phase == Phase.Running && _index < _answers.Count ? _answers[_index] : null;

    private string RecordingScope => $"mock:{_sessionKey}";

    // What the recorder records: the answer while its clock runs, then each follow-up's reply.
    private string? RecordingSection
    {
        get
        {
            if (CurrentAnswer is not { } a)
            {
                return null;
            }

            if (_step == Step.Answering)
            {
                return $"q{_index + 1}";
            }

            if (_step == Step.FollowUps && a.Current < a.FollowUps.Count && a.FollowUps[a.Current] is { Watch.IsRunning: true })
            {
                return $"q{_index + 1}-f{a.Current + 1}";
            }

            return null;
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _userId = await User.IdAsync();
        if (_userId is null)
        {
            return;
        }

        var stories = await Bank.ListAsync(_userId);
        _stories = [.. stories.Select(Bank.ToMockStory)];
        _askedBefore = await Sessions.PromptsAskedAsync(_userId);
        if (stories.Count > 0)
        {
            // The level the candidate writes most of their stories at is the one they interview at.
            _level = stories.GroupBy(s => s.Level).OrderByDescending(g => g.Count()).First().Key;
            if (!StarNames.TryParseLevel(_level, out _))
            {
                _level = "sde2";
            }
        }
    }

    private void Start()
    {
        _sessionKey = Guid.NewGuid().ToString("N");
        _random = new Random(BitConverter.ToInt32(Guid.NewGuid().ToByteArray(), 0));
        _startedAtUtc = DateTime.UtcNow;
        _answers.Clear();
        _recorded.Clear();
        _saved = false;
        _savedId = null;
        _saveProblem = null;
        var questions = MockInterview.PickQuestions(Catalog, _company, _length, _stories, _askedBefore, _random);
        var used = new List<int>();
        foreach (var q in questions)
        {
            var suggestion = MockInterview.SuggestStory(Catalog, q, _stories, used);
            if (suggestion is not null)
            {
                used.Add(suggestion.Story.Id);
            }

            _answers.Add(new AnswerRun(q, suggestion));
        }

        _index = 0;
        _step = Step.Ready;
        _phase = Phase.Running;
        _focus = "start";
        _timer ??= new Timer(_ => InvokeAsync(() => { if (_phase == Phase.Running) { StateHasChanged(); } }), null, 500, 500);
    }

    private void StartAnswer()
    {
        if (CurrentAnswer is not { } a || _step != Step.Ready)
        {
            return;
        }

        a.Watch.Start();
        _step = Step.Answering;
        _focus = "done";
    }

    private void FinishAnswer()
    {
        if (CurrentAnswer is not { } a || _step != Step.Answering)
        {
            return;
        }

        a.Watch.Stop();
        var story = _stories.FirstOrDefault(s => s.Id == a.StoryId);
        var asked = _answers.Take(_index).SelectMany(x => x.FollowUps).Select(f => f.FollowUp.Question).ToList();
        // Three follow-ups each in a short mock, two each in a long one: the session stays about an interview long.
        var count = _answers.Count > 3 ? 2 : 3;
        a.FollowUps.Clear();
        a.FollowUps.AddRange(MockInterview.FollowUps(Catalog, a.Question, story, asked, _random, count).Select(f => new FollowUpRun(f)));
        a.Current = 0;
        _step = Step.FollowUps;
        _focus = a.FollowUps.Count > 0 ? "start" : "next";
    }

    private void StartReply()
    {
        if (CurrentAnswer is not { } a || _step != Step.FollowUps || a.Current >= a.FollowUps.Count)
        {
            return;
        }

        var f = a.FollowUps[a.Current];
        if (!f.Watch.IsRunning && !f.Stopped)
        {
            f.Watch.Start();
            _focus = "done";
        }
    }

    private void StopReply()
    {
        if (CurrentAnswer is not { } a || _step != Step.FollowUps || a.Current >= a.FollowUps.Count)
        {
            return;
        }

        var f = a.FollowUps[a.Current];
        if (f.Watch.IsRunning)
        {
            f.Watch.Stop();
            f.Stopped = true;
            _focus = "rating";
        }
    }

    private static void Rate(FollowUpRun f, string rating)
    {
        if (DrillRatings.IsKnown(rating))
        {
            // Rating before stopping the clock stops it: the reply is over once it is judged.
            if (f.Watch.IsRunning)
            {
                f.Watch.Stop();
                f.Stopped = true;
            }

            f.Rating = rating;
        }
    }

    private async Task NextAsync()
    {
        if (CurrentAnswer is not { } a || _step != Step.FollowUps)
        {
            return;
        }

        if (a.Current < a.FollowUps.Count)
        {
            if (a.FollowUps[a.Current].Rating is null)
            {
                return;
            }

            a.Current++;
            if (a.Current < a.FollowUps.Count)
            {
                _focus = "start";
                return;
            }
        }

        _index++;
        if (_index < _answers.Count)
        {
            _step = Step.Ready;
            _focus = "start";
            await SaveAsync(completed: false);
            return;
        }

        _phase = Phase.Summary;
        _focus = "summary";
        await SaveAsync(completed: true);
    }

    /// <summary>Space starts and stops whichever clock is next, as the page's buttons do.</summary>
    [JSInvokable]
    public async Task OnSpace()
    {
        if (CurrentAnswer is not { } a)
        {
            return;
        }

        switch (_step)
        {
            case Step.Ready:
                StartAnswer();
                break;
            case Step.Answering:
                FinishAnswer();
                break;
            case Step.FollowUps when a.Current < a.FollowUps.Count:
                var f = a.FollowUps[a.Current];
                if (f.Watch.IsRunning)
                {
                    StopReply();
                }
                else if (!f.Stopped)
                {
                    StartReply();
                }

                break;
        }

        await InvokeAsync(StateHasChanged);
    }

    private void OnRecorded(string section)
    {
        _recorded.Add(section);
        if (section.StartsWith('q') && !section.Contains('-', StringComparison.Ordinal) && int.TryParse(section[1..], out var n) && n - 1 < _answers.Count)
        {
            _answers[n - 1].Recorded = true;
        }
    }

    private IReadOnlyList<MockAnswerEntry> Entries() =>
        [.. _answers.Take(_phase == Phase.Summary ? _answers.Count : _index)
            .Select(a => new MockAnswerEntry(a.Question.Prompt, a.Question.ThemeSlug, a.StoryId,
                _stories.FirstOrDefault(s => s.Id == a.StoryId)?.DisplayTitle ?? "",
                a.Recorded || a.Text.Trim().Length == 0 ? "voice" : "typed", a.Text, a.UsedSeconds, AnswerBudget,
                [.. a.FollowUps.Select(f => new MockFollowUpEntry(f.FollowUp.Question, f.FollowUp.Source.ToString().ToLowerInvariant(), f.FollowUp.SourceId, f.Rating!, f.UsedSeconds, FollowUpBudget))]))];

    private async Task SaveAsync(bool completed)
    {
        if (_userId is null)
        {
            return;
        }

        try
        {
            var problems = await Sessions.SaveAsync(_userId, _sessionKey, _company, _level, _answers.Count, _startedAtUtc, Entries(), completed);
            _saveProblem = problems.Count > 0 ? problems[0] : null;
            _saved = problems.Count == 0 && completed;
            if (_saved)
            {
                _savedId = await Sessions.IdOfAsync(_userId, _sessionKey);
                _askedBefore.AddRange(_answers.Select(a => a.Question.Prompt));
            }
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            Log.LogError(ex, "Saving mock session {Key} failed", _sessionKey);
            _saveProblem = "This session could not be saved just now; the summary below is still right.";
        }
    }

    private void Restart()
    {
        _phase = Phase.Setup;
        _answers.Clear();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            try
            {
                _self = DotNetObjectReference.Create(this);
                _keys = await JS.InvokeAsync<IJSObjectReference>("import", "./js/recorder.js");
                await _keys.InvokeVoidAsync("onSpace", _self);
            }
            catch (JSException ex)
            {
                Log.LogWarning(ex, "The practice keys did not load; the buttons still work");
            }
        }

        var focus = _focus;
        _focus = null;
        var done = focus switch
        {
            "start" => await _startButton.FocusSafelyAsync(),
            "done" => await _doneButton.FocusSafelyAsync(),
            "rating" => await _ratingFirst.FocusSafelyAsync(),
            "next" => await _nextButton.FocusSafelyAsync(),
            "summary" => await _summaryHeading.FocusSafelyAsync(),
            _ => true,
        };
        if (!done)
        {
            _focus ??= focus;
        }
    }

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";

    private static string Verdict(int used, int target) =>
        used < MockAnswerResult.SkippedUnderSeconds ? "skipped" : used > target ? "over" : "ok";

    public async ValueTask DisposeAsync()
    {
        _timer?.Dispose();
        if (_keys is not null)
        {
            try
            {
                await _keys.InvokeVoidAsync("offSpace", _self);
                await _keys.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The tab is gone.
            }
        }

        _self?.Dispose();
    }
}
