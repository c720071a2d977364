using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using InterviewPrep.Core.Scoring;
using InterviewPrep.Core.Stories;
using InterviewPrep.Data;

namespace InterviewPrep.Web.Services;

/// <summary>Stories to and from the Markdown format that <c>interviewprep score</c> reads.</summary>
public static partial class StoryExport
{
    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    public static string ToMarkdown(Story story) => StoryMarkdown.Write(StoryBank.ToDraft(story).ToStarStory());

    public static string FileName(Story story)
    {
        var slug = NonSlug().Replace(story.Title.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }

        return $"{story.Id:000}-{(slug.Length == 0 ? "story" : slug)}.md";
    }

    /// <summary>The whole bank as a zip of one Markdown file per story (a folder `score` can read).</summary>
    public static byte[] ToZip(IEnumerable<Story> stories)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var story in stories.OrderBy(s => s.Id))
            {
                var entry = zip.CreateEntry(FileName(story), CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(ToMarkdown(story));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>One imported file: the draft, or the located problems that stopped it.</summary>
    public sealed record ImportItem(string File, StoryDraft? Draft, IReadOnlyList<string> Problems);

    /// <summary>Reads .md files, or .zip files of them, into drafts. Never throws for a bad file.</summary>
    public static List<ImportItem> Read(string fileName, byte[] bytes)
    {
        var items = new List<ImportItem>();
        if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    items.Add(ReadOne($"{fileName}/{entry.FullName}", reader.ReadToEnd()));
                }
            }
            catch (InvalidDataException)
            {
                items.Add(new ImportItem(fileName, null, ["not a readable zip file"]));
            }

            return items;
        }

        items.Add(ReadOne(fileName, Encoding.UTF8.GetString(bytes)));
        return items;
    }

    private static ImportItem ReadOne(string file, string text)
    {
        var parsed = StoryMarkdown.Parse(text, file);
        if (!parsed.Ok)
        {
            return new ImportItem(file, null, parsed.Errors.Select(e => e.ToString()).ToList());
        }

        var draft = StoryDraft.From(parsed.Document!.Story);
        if (draft.Title.Length == 0)
        {
            draft = draft with { Title = Path.GetFileNameWithoutExtension(file) };
        }

        var limits = StoryLimits.Check(draft);
        return limits.Count > 0 ? new ImportItem(file, null, limits) : new ImportItem(file, draft, []);
    }
}
