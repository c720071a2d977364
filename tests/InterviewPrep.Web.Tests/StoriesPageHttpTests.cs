using AngleSharp.Html.Parser;
using InterviewPrep.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Tests;

/// <summary>The My stories page as a signed-in browser first receives it (the prerendered HTML).</summary>
public class StoriesPageHttpTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Stories_WithManyStories_ShowsFiftyPerPageWithPageLinks()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"pages-{Guid.NewGuid():N}@example.com";
        await AccountHttpTests.PostFormAsync(client, "/Account/Register", new() { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var user = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var now = DateTime.UtcNow;
        await factory.QueryAsync(async db =>
        {
            db.Stories.AddRange(Enumerable.Range(0, 120).Select(i => new Story { UserId = user, ClientKey = $"k{i}", Title = $"Story {i:000}", UpdatedAtUtc = now.AddMinutes(-i) }));
            return await db.SaveChangesAsync();
        });
        var parser = new HtmlParser();

        var first = parser.ParseDocument(await client.GetStringAsync("/stories"));
        var last = parser.ParseDocument(await client.GetStringAsync("/stories?page=3"));

        first.QuerySelectorAll("li.story-card").Should().HaveCount(50);
        first.QuerySelectorAll("th.story-col").Should().HaveCount(50);
        first.QuerySelector("li.story-card .story-title")!.TextContent.Should().Be("Story 000");
        first.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")).Should().Equal("/stories?page=2", "/stories?page=3");
        last.QuerySelectorAll("li.story-card").Select(li => li.QuerySelector(".story-title")!.TextContent).Should().HaveCount(20).And.EndWith("Story 119");
        last.QuerySelector("[data-coverage-count]").Should().NotBeNull();
    }
}
