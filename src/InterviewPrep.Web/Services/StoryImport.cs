namespace InterviewPrep.Web.Services;

/// <summary>
/// The story bank's import, as the My stories page runs it: one uploaded file at a time, read
/// within <see cref="ImportLimits"/>, each story saved through <see cref="StoryBank"/>, one
/// report line per file (or per zip entry) for the candidate.
/// </summary>
public sealed class StoryImport(StoryBank bank)
{
    /// <summary>Imports one uploaded .md or .zip; <paramref name="upload"/> is read at most one byte past the limit.</summary>
    public async Task<List<string>> ImportAsync(string userId, string fileName, Stream upload, CancellationToken ct = default)
    {
        var report = new List<string>();
        var bytes = await ReadAtMostAsync(upload, ImportLimits.UploadBytes, ct);
        if (bytes is null)
        {
            report.Add($"{fileName}: larger than {ImportLimits.Size(ImportLimits.UploadBytes)}, skipped.");
            return report;
        }

        var count = await bank.CountAsync(userId, ct);
        foreach (var item in StoryExport.Read(fileName, bytes))
        {
            if (item.Draft is null)
            {
                report.Add($"{item.File}: not imported — {string.Join("; ", item.Problems)}");
                continue;
            }

            if (count >= ImportLimits.StoriesPerAccount)
            {
                report.Add($"{item.File}: not imported — an account keeps at most {ImportLimits.StoriesPerAccount} stories; delete some to import more.");
                continue;
            }

            var result = await bank.CreateAsync(userId, Guid.NewGuid().ToString("N"), item.Draft, ct);
            if (result.Saved)
            {
                count++;
            }

            report.Add(result.Saved ? $"{item.File}: imported as “{result.Story!.Title}”." : $"{item.File}: not imported — {string.Join("; ", result.Problems)}");
        }

        return report;
    }

    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
