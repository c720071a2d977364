namespace InterviewPrep.Core.Content;

/// <summary>
/// How big and how deeply nested a YAML text may be before <see cref="YamlReader"/> hands it to
/// YamlDotNet. YamlDotNet parses nested collections recursively, so a file of 100,000 '[' ends
/// the process with a stack overflow (which no catch can stop) and 50,000 costs most of a minute
/// of CPU; a cheap scan of the text refuses such input first, with a located message.
/// </summary>
/// <param name="MaxDepth">Deepest nesting of collections (flow brackets and block indentation).</param>
/// <param name="MaxChars">Longest text accepted, in characters.</param>
/// <param name="What">What the text is, for messages ("a content file", "story front matter").</param>
public sealed record YamlLimits(int MaxDepth, int MaxChars, string What)
{
    /// <summary>Content files: the deepest shipped file nests 5 levels and the largest is ~25 KB.</summary>
    public static YamlLimits Content { get; } = new(8, 1024 * 1024, "a content file");

    /// <summary>A story's front matter: a few scalar keys and a short list of principles.</summary>
    public static YamlLimits FrontMatter { get; } = new(2, 8 * 1024, "a story's front matter");
}
