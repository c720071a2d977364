using System.Net;
using InterviewPrep.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web;

/// <summary>
/// What several app instances behind one proxy need (docs/decisions/0010): one Data Protection
/// key ring and application name for all of them, so a sign-in cookie, an antiforgery token or a
/// prerendered component issued by one instance is read by another; a /health endpoint that
/// checks the database, for the proxy and the start script; and the client's address and scheme
/// taken from the proxy's X-Forwarded-* headers.
/// </summary>
public static class ScaleOut
{
    /// <summary>The name every instance protects data under (Data Protection isolates by it); <c>DataProtection:ApplicationName</c> overrides it.</summary>
    public const string DefaultApplicationName = "InterviewPrep";

    /// <summary>True when the key ring lives in the database: <c>DataProtection:Store</c> = Database, or unset with the Postgres provider.</summary>
    public static bool KeysInDatabase(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var store = configuration["DataProtection:Store"];
        if (string.IsNullOrWhiteSpace(store))
        {
            return AppDatabase.ParseProvider(configuration["Database:Provider"]) == DatabaseProvider.Postgres;
        }

        return store.Trim().ToLowerInvariant() switch
        {
            "database" => true,
            "files" => false,
            _ => throw new DatabaseStartupException($"DataProtection:Store is '{store}'; set it to Database (keys shared by every instance through the database) or Files (this machine's key folder, one instance)."),
        };
    }

    public static IServiceCollection AddScaleOut(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddOptions<DataProtectionOptions>().Configure<IConfiguration>((o, configuration) =>
            o.ApplicationDiscriminator = configuration["DataProtection:ApplicationName"] is { Length: > 0 } name ? name : DefaultApplicationName);
        // As PersistKeysToDbContext does, but decided from the built configuration.
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            if (KeysInDatabase(sp.GetRequiredService<IConfiguration>()))
            {
                o.XmlRepository = new EntityFrameworkCoreXmlRepository<AppDbContext>(sp, sp.GetRequiredService<ILoggerFactory>());
            }
        }));

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback proxies are trusted by default; a proxy on another host is named here.
            foreach (var address in configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }
        });
        return services;
    }

    /// <summary>Takes the forwarded client address and scheme; call first in the pipeline.</summary>
    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>GET /health: 200 "Healthy" when the database answers, else 503 "Unhealthy".</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/health").DisableHttpMetrics();
}
