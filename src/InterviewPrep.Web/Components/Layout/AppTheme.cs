using System.Globalization;
using System.Text;
using MudBlazor;

namespace InterviewPrep.Web.Components.Layout;

/// <summary>
/// The one theme of the app: MudBlazor's palettes and typography, plus the five STAR section
/// colours, for light and dark. Pages' own CSS (app.css) reads these as CSS variables, so a colour
/// changes here and nowhere else.
/// </summary>
public static class AppTheme
{
    private const string Font = "\"Source Sans 3\", \"Segoe UI\", system-ui, -apple-system, Roboto, \"Helvetica Neue\", Arial, sans-serif";

    /// <summary>The cookie that remembers the reader's choice of light or dark.</summary>
    public const string Cookie = "ip-theme";

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4338ca",
            PrimaryDarken = "#3730a3",
            Secondary = "#0f766e",
            Background = "#f7f7fb",
            BackgroundGray = "#f0f1f7",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#1c1e2b",
            DrawerBackground = "#ffffff",
            DrawerText = "#1c1e2b",
            TextPrimary = "#1c1e2b",
            TextSecondary = "#5a5f73",
            LinesDefault = "#dcdfea",
            Divider = "#dcdfea",
            Success = "#166534",
            Error = "#b91c1c",
            Warning = "#b45309",
            Info = "#1d4ed8",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#a5b4fc",
            PrimaryDarken = "#c7d2fe",
            Secondary = "#5eead4",
            Background = "#12131a",
            BackgroundGray = "#242734",
            Surface = "#1b1d27",
            AppbarBackground = "#1b1d27",
            AppbarText = "#e8e9f1",
            DrawerBackground = "#1b1d27",
            DrawerText = "#e8e9f1",
            TextPrimary = "#e8e9f1",
            TextSecondary = "#a5a9bd",
            LinesDefault = "#343849",
            Divider = "#343849",
            Success = "#6ee7a0",
            Error = "#fca5a5",
            Warning = "#fcd34d",
            Info = "#93b4ff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = [Font], FontSize = "1rem", LineHeight = "1.6" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "12px", AppbarHeight = "60px" },
    };

    /// <summary>Colours pages use beside MudBlazor's palette: soft tints, and one colour per STAR section.</summary>
    private static readonly (string Name, string Light, string Dark)[] Extra =
    [
        ("accent-soft", "#e8e7fb", "#2a2c4a"),
        ("good-soft", "#e6f4ea", "#16301f"),
        ("bad-soft", "#fdecec", "#3a1c1c"),
        ("warn-soft", "#fff4e0", "#3a2d12"),
        ("on-accent", "#ffffff", "#12131a"),
        ("s", "#1d4ed8", "#93b4ff"), ("s-soft", "#e3ebfd", "#1e2a4a"),
        ("t", "#7e22ce", "#d8b4fe"), ("t-soft", "#f1e6fb", "#2f2142"),
        ("a", "#0f766e", "#5eead4"), ("a-soft", "#e0f3f1", "#143430"),
        ("r", "#b45309", "#fbbf24"), ("r-soft", "#fcefdc", "#3a2c10"),
        ("x", "#be185d", "#f9a8d4"), ("x-soft", "#fbe6ef", "#3a1a2b"),
    ];

    /// <summary>The extra colours as CSS for the page head: light by default, dark under <c>html[data-mode=dark]</c>.</summary>
    public static string ExtraCss { get; } = BuildExtraCss();

    /// <summary>"dark" or "light" from the cookie; light when unset (the browser's preference is applied once the page is interactive).</summary>
    public static bool IsDark(string? cookie) => string.Equals(cookie, "dark", StringComparison.Ordinal);

    private static string BuildExtraCss()
    {
        var css = new StringBuilder(":root{color-scheme:light;");
        foreach (var (name, light, _) in Extra)
        {
            css.Append(CultureInfo.InvariantCulture, $"--{name}:{light};");
        }

        css.Append("}:root[data-mode=dark]{color-scheme:dark;");
        foreach (var (name, _, dark) in Extra)
        {
            css.Append(CultureInfo.InvariantCulture, $"--{name}:{dark};");
        }

        return css.Append('}').ToString();
    }
}
