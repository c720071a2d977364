namespace InterviewPrep.Core.Tests.Content;

/// <summary>A throw-away copy of the shipped content folder that a test may break on purpose.</summary>
internal sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Root = Directory.CreateTempSubdirectory("ip-content-").FullName;
        foreach (var file in Directory.EnumerateFiles(TestPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(TestPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails if absent.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var text = File.ReadAllText(PathOf(relative));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{find}' not found in {relative}");
        }

        File.WriteAllText(PathOf(relative), text[..at] + replacement + text[(at + find.Length)..]);
    }

    /// <summary>1-based line of the first line containing <paramref name="find"/>.</summary>
    public int LineOf(string relative, string find) =>
        File.ReadAllLines(PathOf(relative)).Select((l, i) => (l, i)).First(x => x.l.Contains(find, StringComparison.Ordinal)).i + 1;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
