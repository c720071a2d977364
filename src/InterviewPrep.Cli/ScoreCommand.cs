namespace InterviewPrep.Cli;

/// <summary><c>interviewprep score</c>: filled in with the scoring engine (issue 4).</summary>
internal static class ScoreCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        _ = args;
        _ = stdout;
        return CliApp.UsageError("score is not available yet", stderr);
    }
}
