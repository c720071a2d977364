using System.Security.Claims;
using System.Text;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Components.Account;

internal static class StoryEndpoints
{
    /// <summary>Downloads: one story as Markdown, or the whole bank as a zip. Another user's story is a 404.</summary>
    public static void MapStoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/stories/{id:int}/export", async (int id, ClaimsPrincipal user, StoryBank bank) =>
        {
            var story = await bank.GetAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, id);
            return story is null
                ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetBytes(StoryExport.ToMarkdown(story)), "text/markdown; charset=utf-8", StoryExport.FileName(story));
        }).RequireAuthorization();

        endpoints.MapGet("/stories/export", async (ClaimsPrincipal user, StoryBank bank) =>
        {
            var stories = await bank.ListAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
            return Results.File(StoryExport.ToZip(stories), "application/zip", $"interviewprep-stories-{DateTime.UtcNow:yyyy-MM-dd}.zip");
        }).RequireAuthorization();
    }
}
