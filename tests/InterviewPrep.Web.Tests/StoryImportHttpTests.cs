using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests;

/// <summary>POST /stories/import as a script (or the memory measurement in bench/) sends it.</summary>
public class StoryImportHttpTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private async Task<(HttpClient Client, string Token)> SignedInAsync()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AccountHttpTests.PostFormAsync(client, "/Account/Register", new() { ["Email"] = $"import-{Guid.NewGuid():N}@example.com", ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/stories"));
        return (client, page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
    }

    private static MultipartFormDataContent Form(string? token, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return form;
    }

    private static byte[] BombZip(long entryBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("bomb.md", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < entryBytes; written += chunk.Length)
            {
                entry.Write(chunk);
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task PostImport_ZipBombAndDeeplyNestedStory_AnswersWithTheLimitsNotACrash()
    {
        var (client, token) = await SignedInAsync();
        var deep = Encoding.UTF8.GetBytes("---\ntitle: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n## Action\nI did it.\n");

        var response = await client.PostAsync("/stories/import", Form(token, ("bomb.zip", BombZip(300L * 1024 * 1024)), ("deep.md", deep)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "bomb.zip/bomb.md: not imported — larger than 256 KB, the most a story file may be (a full story is a few tens of KB)\n"
            + "deep.md: not imported — deep.md:2: a story's front matter is 200,008 characters; at most 8,192 are accepted\n");
    }

    [Fact]
    public async Task PostImport_StoryFileOverTheSizeLimit_IsRefusedNamingIt()
    {
        var (client, token) = await SignedInAsync();
        var big = Encoding.UTF8.GetBytes("## Action\n" + new string('x', 300 * 1024));

        var response = await client.PostAsync("/stories/import", Form(token, ("big.md", big)));

        (await response.Content.ReadAsStringAsync()).Should().Be("big.md: not imported — larger than 256 KB, the most a story file may be (a full story is a few tens of KB)\n");
    }

    [Fact]
    public async Task PostImport_WithoutTheAntiforgeryToken_IsRefused()
    {
        var (client, _) = await SignedInAsync();

        var response = await client.PostAsync("/stories/import", Form(null, ("story.md", "## Action\nI did it.\n"u8.ToArray())));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
