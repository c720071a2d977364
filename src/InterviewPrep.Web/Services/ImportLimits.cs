namespace InterviewPrep.Web.Services;

/// <summary>
/// What one story import may make the server read, unpack and store. A story is at most five
/// sections of <see cref="Core.Stories.StoryLimits.SectionMax"/> characters (~25 KB of UTF-8, a
/// few times that in the worst case), so these limits never refuse a real export, while a 300 KB
/// zip that unpacks to gigabytes, or to ten thousand stories, is refused before it costs memory.
/// </summary>
public static class ImportLimits
{
    /// <summary>Largest uploaded file (.md or .zip) the server receives.</summary>
    public const long UploadBytes = 2 * 1024 * 1024;

    /// <summary>Largest body of one POST /stories/import (several files at once).</summary>
    public const long RequestBytes = 8 * 1024 * 1024;

    /// <summary>Files picked at once in the import box.</summary>
    public const int FilesPerImport = 50;

    /// <summary>Largest story file, unpacked: far above five full sections.</summary>
    public const int StoryFileBytes = 256 * 1024;

    /// <summary>Everything one zip may unpack to.</summary>
    public const long UnpackedBytes = 8 * 1024 * 1024;

    /// <summary>Story files in one zip.</summary>
    public const int StoriesPerZip = 200;

    /// <summary>Stories an account may hold after an import.</summary>
    public const int StoriesPerAccount = 500;

    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
