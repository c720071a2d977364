using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests;

/// <summary>Register and log in as a plain HTTP client would: the form's own fields, no browser.</summary>
public class AccountHttpTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> values)
    {
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync(path)).QuerySelector("main form[method=post]")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (label, value) in values)
        {
            var id = form.QuerySelectorAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
            fields[form.QuerySelector($"[id='{id}']")!.GetAttribute("name")!] = value;
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Register_ThenLogIn_WithTheLabelledFields_SignsTheUserIn()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"http-{Guid.NewGuid():N}@example.com";

        var registered = await PostFormAsync(client, "/Account/Register", new() { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });

        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        registered.Headers.Location!.AbsolutePath.Should().Be("/");
        registered.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));

        var fresh = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var loggedIn = await PostFormAsync(fresh, "/Account/Login?returnUrl=%2Fstories", new() { ["Email"] = email, ["Password"] = "Passw0rd!" });
        loggedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        loggedIn.Headers.Location!.AbsolutePath.Should().Be("/stories");
    }

    [Fact]
    public async Task NewAccount_IsPointedAtTheCompanysSuggestedFirstStory()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PostFormAsync(client, "/Account/Register", new() { ["Email"] = $"http-{Guid.NewGuid():N}@example.com", ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var parser = new HtmlParser();

        var stories = parser.ParseDocument(await client.GetStringAsync("/stories"));
        var home = parser.ParseDocument(await client.GetStringAsync("/"));

        stories.QuerySelector(".empty-state")!.TextContent.Should().Contain("Start with one for Ownership.");
        stories.QuerySelector(".empty-state a.btn-primary")!.GetAttribute("href").Should().Be("/stories/new?principle=ownership");
        home.QuerySelector("[data-next-step=WriteStory] a")!.GetAttribute("href").Should().Be("/stories/new?principle=ownership");
    }

    [Fact]
    public async Task Register_MismatchedPasswords_StaysOnTheFormWithAMessage()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await PostFormAsync(client, "/Account/Register", new() { ["Email"] = "x@example.com", ["Password"] = "Passw0rd!", ["Confirm password"] = "Different1!" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The two passwords do not match.");
    }

    [Fact]
    public async Task Stories_Anonymous_RedirectsToLogin()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/stories/1/export");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }
}
