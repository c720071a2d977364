using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests;

/// <summary>What an attacker or a careless client sends: replayed cookies, missing tokens, odd return URLs; and the headers every answer carries.</summary>
public class SecurityHttpTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly HtmlParser Parser = new();

    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> values, string formSelector = "main form[method=post]", string? postTo = null)
    {
        var page = Parser.ParseDocument(await client.GetStringAsync(path));
        var form = page.QuerySelector(formSelector)!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (label, value) in values)
        {
            var id = form.QuerySelectorAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
            fields[form.QuerySelector($"[id='{id}']")!.GetAttribute("name")!] = value;
        }

        return await client.PostAsync(postTo ?? path, new FormUrlEncodedContent(fields));
    }

    private static async Task<(HttpClient Client, string Cookie)> RegisterAsync(HttpClient client)
    {
        var response = await PostFormAsync(client, "/Account/Register", new() { ["Email"] = $"sec-{Guid.NewGuid():N}@example.com", ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    [Fact]
    public async Task Logout_ReplayedCookie_NoLongerSignsIn()
    {
        var (client, cookie) = await RegisterAsync(NewClient());
        var before = new HttpRequestMessage(HttpMethod.Get, "/stories/export");
        before.Headers.Add("Cookie", cookie);
        (await NewClient().SendAsync(before)).StatusCode.Should().Be(HttpStatusCode.OK, "the cookie works while signed in");

        var logout = await PostFormAsync(client, "/stories", [], "form.logout-form", "/Account/Logout");
        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var replay = new HttpRequestMessage(HttpMethod.Get, "/stories/export");
        replay.Headers.Add("Cookie", cookie);
        var response = await NewClient().SendAsync(replay);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Logout_MissingOrForeignAntiforgeryToken_Answers400WithAPage(bool foreignToken)
    {
        var (client, _) = await RegisterAsync(NewClient());
        var fields = new Dictionary<string, string> { ["ReturnUrl"] = "/" };
        if (foreignToken)
        {
            // A token minted for another (anonymous) visitor.
            var other = Parser.ParseDocument(await NewClient().GetStringAsync("/Account/Login"));
            fields["__RequestVerificationToken"] = other.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        }

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        body.Should().Contain("<h1").And.Contain("expired");
    }

    [Theory]
    [InlineData("%2F%E3%80%82evil.example")]
    [InlineData("%2F%C3%A9t%C3%A9")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("https%3A%2F%2Fevil.example")]
    [InlineData("%2F%09%2Fevil.example")]
    public async Task Login_HostileReturnUrl_RedirectsHome(string returnUrl)
    {
        var client = NewClient();
        var email = $"ret-{Guid.NewGuid():N}@example.com";
        await PostFormAsync(client, "/Account/Register", new() { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });

        var response = await PostFormAsync(NewClient(), $"/Account/Login?returnUrl={returnUrl}", new() { ["Email"] = email, ["Password"] = "Passw0rd!" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsoluteUri.Should().Be("http://localhost/");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/principles/ownership")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    public async Task EveryPage_CarriesTheSecurityHeaders(string path)
    {
        var response = await NewClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("object-src 'none'").And.Contain("frame-ancestors 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task Downloads_AreNotSniffed()
    {
        var (client, _) = await RegisterAsync(NewClient());

        var response = await client.GetAsync("/stories/export");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
    }
}
