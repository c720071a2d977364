namespace InterviewPrep.Core.Tests;

/// <summary>Locates the repository (and the shared seeds beside it) from the test's output folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Content => Path.Combine(RepoRoot, "content");

    /// <summary>
    /// The source documents: $INTERVIEWPREP_SEEDS, else ../shared/seeds beside the repository (CI
    /// clones main with shared/ next to it), else beside the local repository this clone was made
    /// from (a check-out cloned into /tmp). Fails with the places it looked.
    /// </summary>
    public static string Seeds { get; } = FindSeeds();

    private static string FindSeeds()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("INTERVIEWPREP_SEEDS") is { Length: > 0 } fromEnv)
        {
            candidates.Add(fromEnv);
        }

        candidates.Add(Path.Combine(RepoRoot, "..", "shared", "seeds"));
        if (OriginPath() is { } origin)
        {
            candidates.Add(Path.Combine(origin, "..", "shared", "seeds"));
        }

        return candidates.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException("seed documents not found; looked in " + string.Join(", ", candidates.Select(Path.GetFullPath)));
    }

    /// <summary>The `origin` remote when it is a folder on this machine (git clone of a local repository).</summary>
    private static string? OriginPath()
    {
        var config = Path.Combine(RepoRoot, ".git", "config");
        if (!File.Exists(config))
        {
            return null;
        }

        var inOrigin = false;
        foreach (var line in File.ReadLines(config).Select(l => l.Trim()))
        {
            if (line.StartsWith('['))
            {
                inOrigin = line == "[remote \"origin\"]";
            }
            else if (inOrigin && line.StartsWith("url = ", StringComparison.Ordinal))
            {
                var url = line["url = ".Length..];
                return Path.IsPathRooted(url) && Directory.Exists(url) ? url : null;
            }
        }

        return null;
    }

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
