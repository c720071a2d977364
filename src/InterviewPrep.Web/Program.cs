using InterviewPrep.Core.Content;
using InterviewPrep.Data;
using InterviewPrep.Web;

// Content problems are the one start-up failure a coach causes by hand: print them as
// file:line lines, exactly as `interviewprep content validate` does, and exit non-zero instead
// of serving a half-loaded site.
try
{
    var app = AppHost.Build(args);
    app.Run();
    return 0;
}
catch (ContentValidationException ex)
{
    await Console.Error.WriteLineAsync("InterviewPrep cannot start: the content is invalid.");
    foreach (var error in ex.Errors)
    {
        await Console.Error.WriteLineAsync(error.ToString());
    }

    return 1;
}
catch (DatabaseStartupException ex)
{
    // A database the app cannot open or write is the other start-up failure an operator fixes by
    // hand: one line naming the file and the fix, not a stack trace and exit 134.
    await Console.Error.WriteLineAsync($"InterviewPrep cannot start: {ex.Message}");
    return 1;
}

/// <summary>Entry point marker for WebApplicationFactory in the HTTP tests.</summary>
public partial class Program
{
}
