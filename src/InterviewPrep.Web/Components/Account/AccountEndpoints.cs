using InterviewPrep.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace InterviewPrep.Web.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>POST /Account/Logout (antiforgery-protected form in the header).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The token is checked here rather than by the framework, so that a stale or foreign one
        // gets the 400 page ("the form expired") instead of an exception.
        endpoints.MapPost("/Account/Logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signInManager) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.StatusCode(StatusCodes.Status400BadRequest);
            }

            // A new security stamp invalidates every copy of the cookie, not just this browser's.
            if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            var form = await context.Request.ReadFormAsync();
            return Results.LocalRedirect(LocalUrl.OrHome(form["ReturnUrl"]));
        }).DisableAntiforgery();
    }
}

/// <summary>Keeps redirects on this site: anything that is not a plain local path goes home.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "/";
        }

        // "//evil.example" and "/\evil.example" are treated by browsers as other hosts; anything
        // outside printable ASCII (a tab, "/。evil") is either rewritten by browsers or cannot be
        // put in a Location header at all.
        var local = url.All(c => c is > ' ' and < '\u007f' and not '\\') && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && Uri.IsWellFormedUriString(url, UriKind.Relative);
        return local ? url : "/";
    }
}
