using InterviewPrep.Web.Services;
using Microsoft.JSInterop;

namespace InterviewPrep.Web.Tests;

/// <summary>Times shown in the user's zone, as the browser names it, and the labelled UTC fallback.</summary>
public class BrowserTimeTests
{
    private static readonly DateTime LateEveningUtc = new(2026, 12, 1, 23, 30, 0, DateTimeKind.Utc);

    /// <summary>A browser that answers the time-zone question with <paramref name="zone"/>, or fails as a dropped circuit does.</summary>
    private sealed class FakeBrowser(string? zone, bool disconnected = false) : IJSRuntime
    {
        public int Calls { get; private set; }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            Calls++;
            identifier.Should().Be("ip.timeZone");
            return disconnected
                ? ValueTask.FromException<TValue>(new JSDisconnectedException("gone"))
                : ValueTask.FromResult((TValue)(object)zone!);
        }
    }

    [Theory]
    [InlineData("America/New_York", "1 Dec, 18:30")]
    [InlineData("Europe/Berlin", "2 Dec, 00:30")]
    [InlineData("Asia/Kolkata", "2 Dec, 05:00")]
    [InlineData("UTC", "1 Dec, 23:30")]
    public async Task Format_BrowserNamesItsZone_ShowsLocalTimeWithoutUtcLabel(string zone, string expected)
    {
        var time = new BrowserTime(new FakeBrowser(zone));

        var known = await time.LoadAsync();

        known.Should().BeTrue();
        time.Format(LateEveningUtc, "d MMM, HH:mm").Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public async Task Format_ZoneUnknown_ShowsUtcAndSaysSo(string? zone)
    {
        var time = new BrowserTime(new FakeBrowser(zone));

        var known = await time.LoadAsync();

        known.Should().BeFalse();
        time.Format(LateEveningUtc, "d MMM, HH:mm").Should().Be("1 Dec, 23:30 UTC");
    }

    [Fact]
    public void Format_BeforeTheBrowserAnswers_ShowsUtcAndSaysSo()
    {
        var time = new BrowserTime(new FakeBrowser("America/New_York"));

        var text = time.Format(LateEveningUtc, "d MMM, HH:mm");

        text.Should().Be("1 Dec, 23:30 UTC");
    }

    [Fact]
    public async Task Load_CalledByManyComponents_AsksTheBrowserOnce()
    {
        var browser = new FakeBrowser("America/New_York");
        var time = new BrowserTime(browser);

        await Task.WhenAll(time.LoadAsync(), time.LoadAsync());
        await time.LoadAsync();

        browser.Calls.Should().Be(1);
    }

    [Fact]
    public async Task Load_CircuitGone_KeepsLabelledUtc()
    {
        var time = new BrowserTime(new FakeBrowser("America/New_York", disconnected: true));

        var known = await time.LoadAsync();

        known.Should().BeFalse();
        time.Format(LateEveningUtc, "HH:mm").Should().Be("23:30 UTC");
    }
}
