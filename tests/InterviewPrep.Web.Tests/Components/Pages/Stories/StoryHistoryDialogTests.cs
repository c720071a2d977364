using Bunit;
using InterviewPrep.Data;
using InterviewPrep.Web.Components.Pages.Stories;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace InterviewPrep.Web.Tests.Components.Pages.Stories;

public class StoryHistoryDialogTests : ComponentTestContext
{
    private static StoryRevision Revision(int id, string kind, int minute, string result) => new()
    {
        Id = id, Kind = kind, Score = 40 + id, Title = "Webhook drops", Result = result,
        SavedAtUtc = new DateTime(2026, 12, 1, 9, minute, 0, DateTimeKind.Utc),
    };

    private static readonly StoryRevision[] Revisions =
    [
        Revision(3, "manual", 30, "Latency fell from 900 ms to 140 ms."),
        Revision(2, "conflict", 20, "Things got better."),
        Revision(1, "auto", 10, "Things got better and the team was happy."),
    ];

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(Func<int, Task>? onRestore = null)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<StoryHistoryDialog>
        {
            { d => d.Revisions, Revisions },
            { d => d.OnRestore, onRestore ?? (_ => Task.CompletedTask) },
        };
        await provider.InvokeAsync(() => dialogs.ShowAsync<StoryHistoryDialog>("History", parameters));
        return provider;
    }

    [Fact]
    public async Task StoryHistoryDialog_ListsEveryRevision_WithCountsInWordsACandidateReads()
    {
        var cut = await OpenAsync();

        cut.WaitForAssertion(() => cut.FindAll("[data-revision]").Should().HaveCount(3));
        cut.Find("[data-history-count]").TextContent.Should().Be("3");
        cut.Markup.Should().Contain("1 saved version · 1 autosave · 1 kept by a restore, a recovery or a conflict");
        cut.FindAll(".revision-kind").Select(e => e.TextContent).Should().Equal("Saved version", "Your words from a conflict", "Autosave");
    }

    [Fact]
    public async Task StoryHistoryDialog_View_ShowsThatRevisionsWords()
    {
        var cut = await OpenAsync();
        cut.WaitForAssertion(() => cut.FindAll("[data-revision]").Should().HaveCount(3));

        cut.Find("[data-revision='1'] button[aria-expanded]").Click();

        cut.Find(".revision-view").TextContent.Should().Contain("the team was happy");
        cut.Find("[data-revision='1'] button[aria-expanded]").GetAttribute("aria-expanded").Should().Be("true");
    }

    [Fact]
    public async Task StoryHistoryDialog_Restore_RestoresThatRevisionAndCloses()
    {
        var restored = new List<int>();
        var cut = await OpenAsync(id =>
        {
            restored.Add(id);
            return Task.CompletedTask;
        });
        cut.WaitForAssertion(() => cut.FindAll("[data-revision]").Should().HaveCount(3));

        cut.Find("[data-revision='2'] .btn-secondary").Click();

        restored.Should().Equal(2);
        cut.WaitForAssertion(() => cut.FindAll("[data-revision]").Should().BeEmpty());
    }
}
