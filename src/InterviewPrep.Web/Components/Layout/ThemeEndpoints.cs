using InterviewPrep.Web.Components.Account;

namespace InterviewPrep.Web.Components.Layout;

internal static class ThemeEndpoints
{
    /// <summary>
    /// POST /theme: the light/dark switch without script. Sets the cookie the server renders the
    /// theme from and sends the reader back to the page they were on. No antiforgery token: the
    /// form sits on cached anonymous pages, and the worst a forged post can do is flip a colour.
    /// </summary>
    public static void MapThemeSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/theme", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var mode = form["mode"] == "dark" ? "dark" : "light";
            context.Response.Cookies.Append(AppTheme.Cookie, mode, new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
            return Results.Redirect(LocalUrl.OrHome(form["returnUrl"]), permanent: false, preserveMethod: false);
        }).DisableAntiforgery();
}
