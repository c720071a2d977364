using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests;

/// <summary>The light/dark switch without script: a form post that sets the cookie and comes back.</summary>
public class ThemeSwitchHttpTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("dark", "/principles/ownership", "/principles/ownership")]
    [InlineData("light", "/walkthroughs?level=senior", "/walkthroughs?level=senior")]
    [InlineData("dark", "https://evil.example/", "/")]
    [InlineData("dark", "//evil.example", "/")]
    public async Task ThemePost_SetsTheCookieAndGoesBackToALocalPage(string mode, string returnUrl, string expectedLocation)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/theme", new FormUrlEncodedContent(new Dictionary<string, string> { ["mode"] = mode, ["returnUrl"] = returnUrl }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(expectedLocation);
        response.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith($"ip-theme={mode};", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_WithDarkCookie_IsDarkFromTheFirstByte_AndTheSwitchOffersLight()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/principles/ownership");
        request.Headers.Add("Cookie", "ip-theme=dark");

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        html.Should().Contain("<html lang=\"en\" data-mode=\"dark\">");
        html.Should().Contain("aria-label=\"Switch to light mode\"");
        html.Should().Contain(":root[data-mode=dark]{", "MudBlazor's dark palette is in the head for the switch to use");
    }
}
