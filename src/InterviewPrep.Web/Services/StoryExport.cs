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

    /// <summary>
    /// Reads a .md file, or a .zip of them, into drafts. Never throws for a bad file, and never
    /// unpacks more than <see cref="ImportLimits"/> allow: each entry is read through a counted
    /// copy that stops one byte past the limit, because an entry's declared size is the zip's word
    /// and a zip bomb lies.
    /// </summary>
    public static List<ImportItem> Read(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var items = new List<ImportItem>();
        if (!fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            items.Add(bytes.Length > ImportLimits.StoryFileBytes ? TooLarge(fileName) : ReadOne(fileName, bytes));
            return items;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entries = zip.Entries.Where(e => e.FullName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            if (entries.Count > ImportLimits.StoriesPerZip)
            {
                items.Add(new ImportItem(fileName, null, [$"holds {entries.Count:N0} story files; one import takes at most {ImportLimits.StoriesPerZip}. Split it into smaller zips."]));
                return items;
            }

            long unpacked = 0;
            foreach (var entry in entries)
            {
                var file = $"{fileName}/{entry.FullName}";
                if (entry.Length > ImportLimits.StoryFileBytes)
                {
                    items.Add(TooLarge(file));
                    continue;
                }

                using var stream = entry.Open();
                var data = ReadAtMost(stream, ImportLimits.StoryFileBytes);
                if (data is null)
                {
                    items.Add(TooLarge(file));
                    continue;
                }

                unpacked += data.Length;
                if (unpacked > ImportLimits.UnpackedBytes)
                {
                    items.Add(new ImportItem(fileName, null, [$"unpacks to more than {ImportLimits.Size(ImportLimits.UnpackedBytes)}, the most one import reads; the files from {entry.FullName} on were not imported."]));
                    break;
                }

                items.Add(ReadOne(file, data));
            }
        }
        catch (InvalidDataException)
        {
            items.Add(new ImportItem(fileName, null, ["not a readable zip file"]));
        }

        return items;
    }

    /// <summary>The stream's bytes, or null as soon as there are more than <paramref name="max"/>.</summary>
    public static byte[]? ReadAtMost(Stream stream, long max)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ImportItem TooLarge(string file) =>
        new(file, null, [$"larger than {ImportLimits.Size(ImportLimits.StoryFileBytes)}, the most a story file may be (a full story is a few tens of KB)"]);

    private static ImportItem ReadOne(string file, byte[] bytes)
    {
        var (text, problem) = StoryFileText.Decode(bytes);
        if (text is null)
        {
            return new ImportItem(file, null, [$"{Path.GetFileName(file)} {problem}"]);
        }

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
