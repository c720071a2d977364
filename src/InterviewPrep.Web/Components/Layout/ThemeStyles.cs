using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace InterviewPrep.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme CSS (its palette variables and the few global rules it writes) for both light
/// and dark, rendered once. Reading pages are static, so there is no MudThemeProvider running in a
/// circuit to swap the palette when the reader flips the switch: instead the head carries both,
/// the dark one scoped to <c>html[data-mode=dark]</c>, and the switch only changes that attribute.
/// </summary>
public sealed partial class ThemeStyles(IServiceProvider services, ILoggerFactory loggers)
{
    private readonly Lazy<Task<string>> _css = new(() => BuildAsync(services, loggers));

    /// <summary>The style elements for the page head (MarkupString-ready).</summary>
    public Task<string> CssAsync() => _css.Value;

    private static async Task<string> BuildAsync(IServiceProvider services, ILoggerFactory loggers)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var light = await RenderAsync(renderer, dark: false);
        var dark = await RenderAsync(renderer, dark: true);

        // The light render is used whole (palette plus scrollbar and chart rules); from the dark
        // one only the palette block is taken, with its selector narrowed to dark mode.
        var palette = PaletteBlock().Match(dark);
        if (!palette.Success)
        {
            throw new InvalidOperationException("MudThemeProvider rendered no palette block; has its markup changed?");
        }

        return light + "<style>" + palette.Groups["body"].Value.Replace(":root", ":root[data-mode=dark]", StringComparison.Ordinal) + "</style>";
    }

    private static Task<string> RenderAsync(HtmlRenderer renderer, bool dark) => renderer.Dispatcher.InvokeAsync(async () =>
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(MudThemeProvider.Theme)] = AppTheme.Theme,
            [nameof(MudThemeProvider.IsDarkMode)] = dark,
        });
        var output = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
        return output.ToHtmlString();
    });

    [GeneratedRegex("<style class='mud-theme-provider'>(?<body>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex PaletteBlock();
}
