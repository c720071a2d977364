using System.Diagnostics;
using InterviewPrep.Core.Content;
using InterviewPrep.Data;
using InterviewPrep.Web.Components;
using InterviewPrep.Web.Components.Account;
using InterviewPrep.Web.Components.Layout;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

namespace InterviewPrep.Web;

/// <summary>Builds the web application: services, database, content and the request pipeline.</summary>
public static class AppHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Settings are read from the built configuration (not here), so that tests and
        // command-line overrides applied at Build() are honoured.
        builder.Services.AddSingleton(sp => ContentLoader.LoadOrThrow(ContentPathFrom(sp.GetRequiredService<IConfiguration>())));

        // One input event carries a whole section. The default 32 KB message limit would end the
        // circuit on a long paste; 256 KB fits the largest section the browser will send (app.js
        // keeps anything longer than StoryField.HardMax to itself), even fully escaped.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 256 * 1024);
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<ThemeStyles>();
        builder.Services.AddPageCaching();
        builder.Services.AddSingleton(sp => new ThemeSearch(sp.GetRequiredService<ContentCatalog>()));

        builder.Services.AddDbContextFactory<AppDbContext>((sp, o) =>
        {
            var database = DatabaseSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>());
            o.UseAppDatabase(database.Provider, database.ConnectionString);
        });
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());

        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services.AddAuthorization();
        builder.Services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version2;
                o.SignIn.RequireConfirmedAccount = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // Logging out renews the user's security stamp; a cookie carrying the old one (a copy
        // kept by someone else, a second device) is refused at its next check, within a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Auth:RevalidateSeconds", 60)));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
        });

        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<BrowserTime>();
        builder.Services.AddSingleton<QuizAttempts>();
        builder.Services.AddSingleton<DrillHistory>();
        builder.Services.AddSingleton<RehearsalHistory>();
        builder.Services.AddSingleton<MockSessions>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoryBank>();
        builder.Services.AddSingleton<StoryImport>();
        builder.Services.AddScaleOut();
        builder.Services.AddSingleton<ReangleGuide>();
        builder.Services.AddSingleton<FactTools>();
        builder.Services.AddSingleton<FactReviews>();

        var app = builder.Build();
        var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;

        // Content is loaded and validated once, before the first request: a broken file stops
        // the start-up with located messages (ContentValidationException) instead of half-loading.
        // The database is migrated meanwhile (the two share nothing, and together they are most of
        // the start-up), and the theme's CSS is rendered in the background for the first page.
        var content = Task.Run(() => Timed(() => app.Services.GetRequiredService<ContentCatalog>()));
        var migrated = Task.Run(() => Timed(() =>
        {
            var database = DatabaseSettings.From(app.Configuration, app.Environment);
            ScaleOut.KeysInDatabase(app.Configuration);
            DatabaseSetup.EnsureFolder(database.Provider, database.ConnectionString);
            using var scope = app.Services.CreateScope();
            DatabaseSetup.Migrate(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            return true;
        }));
        _ = Task.Run(() => app.Services.GetRequiredService<ThemeStyles>().CssAsync());

        // A content problem is reported first when both fail: it is the one a coach fixes by hand.
        var contentMs = content.GetAwaiter().GetResult().Ms;
        var databaseMs = migrated.GetAwaiter().GetResult().Ms;

        // What start-up costs, for an operator and for bench/startup (first 200 is measured outside).
        if (app.Logger.IsEnabled(LogLevel.Information))
        {
            app.Logger.LogInformation("Start-up: host built {HostMs:0} ms after process start, then content {ContentMs:0} ms and database {DatabaseMs:0} ms side by side",
                sinceProcessStart.TotalMilliseconds, contentMs, databaseMs);
        }

        app.UseProxyHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseErrorPagesAsGet();
        app.UseAntiforgery();
        app.UsePageCaching();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapThemeSwitch();
        app.MapStoryEndpoints();
        app.MapHealth();
        return app;
    }

    private static (T Value, double Ms) Timed<T>(Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var value = work();
        return (value, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    private static string ContentPathFrom(IConfiguration configuration)
    {
        var path = configuration["Content:Path"];
        return string.IsNullOrWhiteSpace(path) ? ContentPaths.FindDefault() : path;
    }
}
