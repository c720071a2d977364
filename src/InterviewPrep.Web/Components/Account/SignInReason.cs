namespace InterviewPrep.Web.Components.Account;

/// <summary>
/// Why the sign-in page was shown, from the page the candidate was on its way to: a login form
/// that appears after "Write your first story" says what signing in is for.
/// </summary>
public static class SignInReason
{
    /// <summary>The sentence for the page <paramref name="returnUrl"/> names, or null when it names none that needs an account.</summary>
    /// <param name="returnUrl">Where the candidate was going.</param>
    /// <param name="register">True on the sign-up page: "Create a free account to …" instead of "Sign in to …".</param>
    public static string? For(string? returnUrl, bool register = false) =>
        Purpose(returnUrl) is { } purpose ? $"{(register ? "Create a free account" : "Sign in")} {purpose}." : null;

    private static string? Purpose(string? returnUrl)
    {
        var local = LocalUrl.OrHome(returnUrl);
        var path = local.Split('?', '#')[0].TrimEnd('/').ToLowerInvariant();
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["stories", "new"] => "to write and save your stories",
            ["stories"] => "to see your stories and which principles they cover",
            ["stories", _, "rehearse"] => "to rehearse your story against the section timers",
            ["stories", _, "drill"] => "to drill the follow-ups on your story",
            ["stories", _] => "to open your story",
            ["progress"] => "to see your progress: story scores, quiz results and the follow-ups to work on",
            ["review", ..] => "to review the numbers and claims in your stories",
            ["mock", "sessions", _] => "to see this mock interview",
            _ => null,
        };
    }
}
