using System.Security.Claims;
using System.Text;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

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

        // The same import as the My stories page, for scripts and measurements: multipart form
        // (antiforgery-protected, like every form post here), a plain-text report line per file.
        endpoints.MapPost("/stories/import", async (HttpRequest request, ClaimsPrincipal user, StoryImport import, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (request.ContentLength > ImportLimits.RequestBytes)
            {
                return Results.Text($"The upload is larger than {ImportLimits.Size(ImportLimits.RequestBytes)}, the most one import request takes.\n", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            // The form is read by hand (to bound each file), so the token is checked by hand too.
            if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
            {
                return Results.BadRequest();
            }

            var form = await request.ReadFormAsync(ct);
            var report = new List<string>();
            foreach (var file in form.Files.Take(ImportLimits.FilesPerImport))
            {
                await using var upload = file.OpenReadStream();
                report.AddRange(await import.ImportAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, file.FileName, upload, ct));
            }

            return Results.Text(string.Join('\n', report) + "\n");
        }).RequireAuthorization()
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(ImportLimits.RequestBytes));
    }
}
