using System.IO.Compression;
using System.Text;
using InterviewPrep.Data;
using InterviewPrep.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>The import the My stories page runs, against the app's real database, fed hostile files.</summary>
public class StoryImportTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string StoryText = "---\ntitle: Orphaned pipeline\n---\n## Situation\nA job had no owner.\n\n## Action\nI rebuilt the job.\n\n## Result\nReports were right within 2 days.\n";

    private StoryImport Import => factory.Services.GetRequiredService<StoryImport>();

    private Task<int> CountAsync(string user) => factory.QueryAsync(db => db.Stories.CountAsync(s => s.UserId == user));

    /// <summary>A zip built at run time (the bombs are never committed): each entry's text is written by <paramref name="write"/>.</summary>
    private static byte[] Zip(int entries, Action<int, Stream> write, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < entries; i++)
            {
                using var stream = zip.CreateEntry($"{i:00000}-story.md", level).Open();
                write(i, stream);
            }
        }

        return buffer.ToArray();
    }

    private static void Zeros(Stream stream, long bytes)
    {
        var chunk = new byte[1024 * 1024];
        for (long written = 0; written < bytes; written += chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
        }
    }

    private static void Story(Stream stream) => stream.Write(Encoding.UTF8.GetBytes(StoryText));

    [Fact]
    public async Task Import_ZipWithOne300MbEntry_RefusesItNamingTheLimit()
    {
        var user = await factory.CreateUserAsync();
        var bomb = Zip(1, (_, s) => Zeros(s, 300L * 1024 * 1024), CompressionLevel.SmallestSize);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        var report = await Import.ImportAsync(user, "bomb.zip", new MemoryStream(bomb));

        (GC.GetTotalAllocatedBytes(precise: true) - allocated).Should().BeLessThan(64L * 1024 * 1024, "the entry (300 MB) must not be unpacked whole; the count is process-wide, so tests running beside it add a few MB");
        report.Should().ContainSingle().Which.Should().Be("bomb.zip/00000-story.md: not imported — larger than 256 KB, the most a story file may be (a full story is a few tens of KB)");
        (await CountAsync(user)).Should().Be(0);
    }

    [Fact]
    public async Task Import_ZipEntryThatUnderstatesItsSize_IsStillCutOffAtTheLimit()
    {
        var user = await factory.CreateUserAsync();
        var bomb = Zip(1, (_, s) => Zeros(s, 50L * 1024 * 1024), CompressionLevel.SmallestSize);
        LieAboutUncompressedSizes(bomb, 100);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        var report = await Import.ImportAsync(user, "liar.zip", new MemoryStream(bomb));

        (GC.GetTotalAllocatedBytes(precise: true) - allocated).Should().BeLessThan(64L * 1024 * 1024);
        report.Should().ContainSingle().Which.Should().Contain("not imported");
        (await CountAsync(user)).Should().Be(0);
    }

    [Fact]
    public async Task Import_ZipOfTenThousandStories_IsRefusedWholeNamingTheLimit()
    {
        var user = await factory.CreateUserAsync();
        var many = Zip(10_000, (_, s) => s.Write("## Action\nI did it.\n"u8));
        many.Length.Should().BeLessThan((int)ImportLimits.UploadBytes);

        var report = await Import.ImportAsync(user, "many.zip", new MemoryStream(many));

        report.Should().Equal("many.zip: not imported — holds 10,000 story files; one import takes at most 200. Split it into smaller zips.");
        (await CountAsync(user)).Should().Be(0);
    }

    [Fact]
    public async Task Import_ZipUnpackingPastTheTotalLimit_StopsThereAndSaysSo()
    {
        var user = await factory.CreateUserAsync();
        var padded = Zip(40, (_, s) =>
        {
            Story(s);
            s.Write(Encoding.UTF8.GetBytes(new string('x', 250 * 1024)));
        });

        var report = await Import.ImportAsync(user, "big.zip", new MemoryStream(padded));

        report.Should().HaveCount(33);
        report[^1].Should().Be("big.zip: not imported — unpacks to more than 8 MB, the most one import reads; the files from 00032-story.md on were not imported.");
    }

    [Fact]
    public async Task Import_UploadOverTwoMegabytes_IsSkippedWithoutReadingItAll()
    {
        var user = await factory.CreateUserAsync();

        var report = await Import.ImportAsync(user, "huge.md", new MemoryStream(new byte[3 * 1024 * 1024]));

        report.Should().Equal("huge.md: larger than 2 MB, skipped.");
    }

    [Fact]
    public async Task Import_PastTheStoriesPerAccountLimit_ImportsUpToItAndSaysWhy()
    {
        var user = await factory.CreateUserAsync();
        await factory.QueryAsync(async db =>
        {
            db.Stories.AddRange(Enumerable.Range(0, ImportLimits.StoriesPerAccount - 1).Select(i => new Story { UserId = user, ClientKey = $"seed-{i}", Title = $"Seed {i}" }));
            return await db.SaveChangesAsync();
        });

        var report = await Import.ImportAsync(user, "three.zip", new MemoryStream(Zip(3, (_, s) => Story(s))));

        report[0].Should().StartWith("three.zip/00000-story.md: imported as");
        report[1].Should().Be("three.zip/00001-story.md: not imported — an account keeps at most 500 stories; delete some to import more.");
        report[2].Should().Be("three.zip/00002-story.md: not imported — an account keeps at most 500 stories; delete some to import more.");
        (await CountAsync(user)).Should().Be(ImportLimits.StoriesPerAccount);
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x23, 0x20, 0x41, 0x63, 0x74, 0x69, 0x6F, 0x6E, 0x0A, 0x49, 0x20, 0xFF, 0x64, 0x69, 0x64 }, "story.md: not imported — story.md is not UTF-8 text (byte 0xFF at offset 12): save it as UTF-8")]
    [InlineData(new byte[] { 0x23, 0x00, 0x23, 0x00, 0x20, 0x00, 0x41, 0x00, 0x63, 0x00, 0x74, 0x00, 0x69, 0x00, 0x6F, 0x00, 0x6E, 0x00 }, "story.md: not imported — story.md looks like UTF-16 text without a byte-order mark: save it as UTF-8")]
    public async Task Import_FileThatIsNotUtf8_NamesTheEncodingProblem(byte[] bytes, string expected)
    {
        var user = await factory.CreateUserAsync();

        var report = await Import.ImportAsync(user, "story.md", new MemoryStream(bytes));

        report.Should().Equal(expected);
        (await CountAsync(user)).Should().Be(0);
    }

    [Fact]
    public async Task Import_Utf16FileWithByteOrderMark_IsReadCorrectly()
    {
        var user = await factory.CreateUserAsync();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(StoryText.Replace("Orphaned", "Café’s orphaned", StringComparison.Ordinal))).ToArray();

        var report = await Import.ImportAsync(user, "story.md", new MemoryStream(bytes));

        report.Should().Equal("story.md: imported as “Café’s orphaned pipeline”.");
    }

    /// <summary>Overwrites the uncompressed size in every local and central header, as a crafted zip would.</summary>
    private static void LieAboutUncompressedSizes(byte[] zip, uint size)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var at = signature switch { 0x04034b50 => i + 22, 0x02014b50 => i + 24, _ => -1 };
            if (at > 0 && at + 4 <= zip.Length)
            {
                BitConverter.GetBytes(size).CopyTo(zip, at);
            }
        }
    }
}
