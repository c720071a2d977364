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
    public async Task Home_SignedIn_OpensOnTheNextSteps_WithoutTheIntroduction()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedOut = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        await PostFormAsync(client, "/Account/Register", new() { ["Email"] = $"http-{Guid.NewGuid():N}@example.com", ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });

        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        signedOut.QuerySelectorAll("[data-primary-action]").Should().ContainSingle("a first visit has one clear way in");
        signedOut.QuerySelector("[data-next-steps]").Should().BeNull();
        var main = home.QuerySelector("main")!;
        main.QuerySelector("h1")!.TextContent.Should().Be("Your next steps", "the plan is the first thing a signed-in candidate reads");
        main.QuerySelector(".hero").Should().BeNull();
        main.QuerySelectorAll("[data-next-step]").Select(e => e.GetAttribute("data-next-step"))
            .Should().StartWith(["StudyWalkthrough", "WriteStory", "TakeQuiz"], "a new candidate reads a worked answer, writes, then quizzes on what they read");
    }

    [Theory]
    [InlineData("/stories/new", "Sign in to write and save your stories.")]
    [InlineData("/progress", "Sign in to see your progress")]
    public async Task ProtectedPage_SignedOut_LoginPageSaysWhy(string path, string reason)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

        var login = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        var plain = new HtmlParser().ParseDocument(await client.GetStringAsync("/Account/Login"));
        var register = new HtmlParser().ParseDocument(await client.GetStringAsync($"/Account/Register?returnUrl={Uri.EscapeDataString(path)}"));

        login.QuerySelector("h1")!.TextContent.Should().Be("Log in");
        login.QuerySelector("[data-auth-reason]")!.TextContent.Should().StartWith(reason);
        plain.QuerySelector("[data-auth-reason]").Should().BeNull("a login with no destination has no reason to give");
        register.QuerySelector("[data-auth-reason]")!.TextContent.Should().StartWith("Create a free account to");
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
