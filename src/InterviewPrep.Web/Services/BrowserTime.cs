using System.Globalization;
using Microsoft.JSInterop;

namespace InterviewPrep.Web.Services;

/// <summary>
/// The browser's time zone, asked for once per circuit, and times formatted in it. Until the
/// browser has answered (a prerender, a static render) or when it names no zone this server
/// knows, times are shown in UTC and say so.
/// </summary>
public sealed class BrowserTime(IJSRuntime js)
{
    private Task<bool>? _load;

    /// <summary>The zone times are shown in: the browser's once known, UTC until then.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Whether <see cref="Zone"/> is the browser's own (false: the UTC fallback).</summary>
    public bool Known { get; private set; }

    /// <summary>
    /// Asks the browser for its zone the first time only; later calls share that answer. True
    /// when the zone is known, so a component rendered with the fallback knows to render again.
    /// Call from OnAfterRenderAsync: there is no browser to ask during a prerender.
    /// </summary>
    public Task<bool> LoadAsync() => _load ??= AskBrowserAsync();

    private async Task<bool> AskBrowserAsync()
    {
        try
        {
            Use(await js.InvokeAsync<string?>("ip.timeZone"));
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            // No answer (a circuit going away, a prerender): keep the labelled UTC fallback.
            _load = null;
        }

        return Known;
    }

    /// <summary>Shows times in the zone with this IANA id (e.g. "America/New_York"); an unknown or empty id keeps UTC.</summary>
    public void Use(string? ianaId)
    {
        var zone = Resolve(ianaId);
        Zone = zone ?? TimeZoneInfo.Utc;
        Known = zone is not null;
    }

    /// <summary>The zone with this IANA id, or null when there is none by that name here.</summary>
    public static TimeZoneInfo? Resolve(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : null;
    }

    /// <summary>A stored UTC time in the browser's zone.</summary>
    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// A stored UTC time as the user reads it, e.g. "1 Dec, 18:30" in their zone, or
    /// "1 Dec, 23:30 UTC" while their zone is not known.
    /// </summary>
    public string Format(DateTime utc, string format)
    {
        var text = ToLocal(utc).ToString(format, CultureInfo.InvariantCulture);
        return Known ? text : text + " UTC";
    }
}
