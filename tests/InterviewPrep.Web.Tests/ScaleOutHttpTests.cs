using System.Net;
using AngleSharp.Html.Parser;
using InterviewPrep.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// Two app instances on one PostgreSQL database, as behind the proxy (deploy/multi): what one
/// issues (a sign-in cookie, a form's antiforgery token) the other accepts, because the Data
/// Protection key ring and the application name are shared; an instance with another name
/// refuses them, so the check can fail. /health reports the database.
/// </summary>
public sealed class ScaleOutHttpTests : IDisposable
{
    private readonly PostgresWebAppFactory _a = new();
    private readonly PostgresWebAppFactory _b;

    public ScaleOutHttpTests() => _b = PostgresWebAppFactory.OnDatabase(_a.ConnectionString);

    private static HttpClient Client(WebAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task SignInCookieFromInstanceA_IsSignedInOnInstanceB()
    {
        var cookie = await RegisterAsync(_a);

        var onB = await GetAsync(_b, "/stories", cookie);

        onB.StatusCode.Should().Be(HttpStatusCode.OK);
        (await onB.Content.ReadAsStringAsync()).Should().Contain("Log out");
    }

    [Fact]
    public async Task SignInCookie_OnAnInstanceWithAnotherApplicationName_IsRefused()
    {
        using var other = PostgresWebAppFactory.OnDatabase(_a.ConnectionString, applicationName: "SomeOtherApp");
        var cookie = await RegisterAsync(_a);

        var onOther = await GetAsync(other, "/stories", cookie);

        onOther.StatusCode.Should().Be(HttpStatusCode.Redirect);
        onOther.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task RegisterFormFromInstanceA_PostedToInstanceB_PassesTheAntiforgeryCheck()
    {
        var form = await Client(_a).GetAsync("/Account/Register");
        var cookies = CookiesOf(form);
        var fields = FormFields(await form.Content.ReadAsStringAsync(), $"x-{Guid.NewGuid():N}@example.com");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Register") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", cookies);

        var registered = await Client(_b).SendAsync(post);

        registered.StatusCode.Should().Be(HttpStatusCode.Redirect, "B must read A's antiforgery token: {0}", await registered.Content.ReadAsStringAsync());
        registered.Headers.Location!.AbsolutePath.Should().Be("/");
    }

    [Fact]
    public async Task Health_DatabaseUp_IsHealthy_DatabaseGone_IsUnhealthy()
    {
        var cs = TestPostgres.CreateDatabase();
        using var factory = PostgresWebAppFactory.OnDatabase(cs);
        var client = Client(factory);

        var up = await client.GetAsync("/health");
        up.StatusCode.Should().Be(HttpStatusCode.OK);
        (await up.Content.ReadAsStringAsync()).Should().Be("Healthy");

        TestPostgres.DropDatabase(cs);
        var down = await client.GetAsync("/health");
        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await down.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
    }

    [Fact]
    public async Task Health_OnSqlite_IsHealthy()
    {
        using var sqlite = new WebAppFactory();

        var response = await Client(sqlite).GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    /// <summary>Registers a new account on <paramref name="factory"/> through its form; returns the sign-in cookie ("name=value").</summary>
    private static async Task<string> RegisterAsync(WebAppFactory factory)
    {
        var client = Client(factory);
        var form = await client.GetAsync("/Account/Register");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Register")
        {
            Content = new FormUrlEncodedContent(FormFields(await form.Content.ReadAsStringAsync(), $"s-{Guid.NewGuid():N}@example.com")),
        };
        post.Headers.Add("Cookie", CookiesOf(form));
        var registered = await client.SendAsync(post);
        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return CookiesOf(registered).Split("; ").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> GetAsync(WebAppFactory factory, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await Client(factory).SendAsync(request);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private static Dictionary<string, string> FormFields(string html, string email)
    {
        var form = new HtmlParser().ParseDocument(html).QuerySelector("main form[method=post]")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (label, value) in new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" })
        {
            var id = form.QuerySelectorAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
            fields[form.QuerySelector($"[id='{id}']")!.GetAttribute("name")!] = value;
        }

        return fields;
    }

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
    }
}
