namespace InterviewPrep.Core.Content;

/// <summary>Finds the repository's <c>content/</c> folder without depending on the working directory.</summary>
public static class ContentPaths
{
    /// <summary>
    /// Walks up from the program's own folder (bin/Debug/... inside the repository) and then from
    /// the working directory, returning the first <c>content/</c> that has a companies.yaml.
    /// </summary>
    public static string FindDefault()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, "companies.yaml")))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "content");
    }
}
