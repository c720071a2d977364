using InterviewPrep.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InterviewPrep.Web.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>POST /Account/Logout (antiforgery-protected form in the header).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (SignInManager<ApplicationUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
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

        // "//evil.example" and "/\evil.example" are treated by browsers as other hosts.
        var local = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && Uri.IsWellFormedUriString(url, UriKind.Relative);
        return local ? url : "/";
    }
}
