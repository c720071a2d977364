namespace InterviewPrep.Core.Tests;

/// <summary>Locates the repository (and the shared seeds beside it) from the test's output folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Content => Path.Combine(RepoRoot, "content");

    /// <summary>../shared/seeds beside the repository: CI clones main with shared/ next to it.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewPrep.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InterviewPrep.sln not found above " + AppContext.BaseDirectory);
    }
}
