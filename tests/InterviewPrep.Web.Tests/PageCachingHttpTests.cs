using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// Anonymous reading pages are rendered once and served from memory, compressed when asked; a
/// signed-in reader never gets a cached page, and no cached page carries a cookie or a token.
/// </summary>
public class PageCachingHttpTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Theory]
    [InlineData("/principles/ownership")]
    [InlineData("/principles?q=metrics")]
    [InlineData("/walkthroughs?level=sde1")]
    [InlineData("/walkthroughs/webhook-drops-dive-deep")]
    public async Task ReadingPage_Anonymous_SecondRequestComesFromTheCache_WithNoCookie(string path)
    {
        var client = Anonymous();

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Headers.Contains("Set-Cookie").Should().BeFalse("an anonymous reader of a reading page gets no antiforgery cookie");
        second.Headers.Age.Should().NotBeNull("the second answer is the stored one");
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadingPage_ThemeCookie_GetsItsOwnCachedCopy()
    {
        var client = Anonymous();
        using var dark = new HttpRequestMessage(HttpMethod.Get, "/principles/earn-trust");
        dark.Headers.Add("Cookie", "ip-theme=dark");

        await client.GetAsync("/principles/earn-trust");
        var darkHtml = await (await client.SendAsync(dark)).Content.ReadAsStringAsync();
        var lightHtml = await (await client.GetAsync("/principles/earn-trust")).Content.ReadAsStringAsync();

        darkHtml.Should().Contain("data-mode=\"dark\"");
        lightHtml.Should().Contain("data-mode=\"light\"");
    }

    [Fact]
    public async Task ReadingPage_SignedIn_IsRenderedForThatReaderAndNeverStored()
    {
        var email = $"cache-{Guid.NewGuid():N}@example.com";
        var signedIn = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AccountHttpTests.PostFormAsync(signedIn, "/Account/Register", new() { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var anonymous = Anonymous();
        await anonymous.GetAsync("/principles/think-big");

        var mine = await signedIn.GetAsync("/principles/think-big");
        var again = await signedIn.GetAsync("/principles/think-big");
        var theirs = await (await anonymous.GetAsync("/principles/think-big")).Content.ReadAsStringAsync();

        (await mine.Content.ReadAsStringAsync()).Should().Contain(email).And.Contain("Log out");
        mine.Headers.Age.Should().BeNull();
        again.Headers.Age.Should().BeNull("a signed-in page is never served from the cache");
        theirs.Should().NotContain(email).And.NotContain("Log out", "the signed-in page was never stored for others");
    }

    [Fact]
    public async Task PageWithAnInteractivePart_IsNeverStored()
    {
        var client = Anonymous();

        await client.GetAsync("/walkthroughs/webhook-drops-dive-deep?mode=rehearse");
        var second = await client.GetAsync("/walkthroughs/webhook-drops-dive-deep?mode=rehearse");

        second.Headers.Age.Should().BeNull("its markup carries a one-off circuit descriptor");
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    public async Task ReadingPage_CompressedAsTheClientAsks(string acceptEncoding, string expected)
    {
        var client = Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/principles/dive-deep");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        var response = await client.SendAsync(request);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/principles/dive-deep");
        again.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var cached = await client.SendAsync(again);

        response.Content.Headers.ContentEncoding.Should().ContainSingle().Which.Should().Be(expected);
        cached.Content.Headers.ContentEncoding.Should().ContainSingle().Which.Should().Be(expected, "a cached copy is stored per encoding");
        cached.Headers.Age.Should().NotBeNull();
    }

    [Fact]
    public async Task ReadingPage_NoAcceptEncoding_IsPlainHtml()
    {
        var response = await Anonymous().GetAsync("/principles/dive-deep");

        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await response.Content.ReadAsStringAsync()).Should().StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public async Task ReadingPage_FetchedByEnhancedNavigation_FromTheCacheStillAllowsIt()
    {
        var client = Anonymous();
        HttpRequestMessage Enhanced()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/principles/bias-for-action");
            request.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");
            return request;
        }

        await client.SendAsync(Enhanced());
        var cached = await client.SendAsync(Enhanced());

        cached.Headers.Age.Should().NotBeNull();
        // blazor.web.js compares this value case-sensitively; anything else means a full page load.
        cached.Headers.GetValues("blazor-enhanced-nav").Should().Equal("allow");
    }
}
