using System.IO.Compression;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;

namespace InterviewPrep.Web;

/// <summary>
/// Reading pages (themes, the lists, walkthroughs in study mode, home) are the same for every
/// anonymous visitor with the same theme choice: they are rendered once, compressed once and
/// served from memory (docs/decisions/0013-render-modes-per-page.md). Signed-in readers, pages
/// with an interactive part and responses that set a cookie are never cached, so nobody is ever
/// served somebody else's page.
/// </summary>
public static class PageCaching
{
    /// <summary>The output-cache policy reading pages opt into with <c>[OutputCache(PolicyName = ...)]</c>.</summary>
    public const string AnonymousReading = "AnonymousReading";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            // Content is loaded once at start-up and never changes while the process runs.
            o.AddPolicy(AnonymousReading, new AnonymousReadingPolicy());
        });

        // HTML, JSON and the like, when the client asks. Over HTTPS too would risk BREACH with the
        // antiforgery tokens on signed-in pages; TLS ends at the proxy (nginx), so the app sees HTTP.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = false;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        // Blazor mints an antiforgery cookie and token for every page it renders (and writes the
        // token into the page's persisted state). A cached page must carry neither: a token served
        // to another visitor would be a token for somebody else's cookie. Anonymous reading pages
        // have no form that needs one, so for them no token is made at all.
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("AddPageCaching must come after AddRazorComponents (which adds antiforgery).");
        services.Remove(inner);
        services.AddSingleton<IAntiforgery>(sp => new TokenlessOnAnonymousReading(
            (IAntiforgery)(inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>().Value.FormFieldName));
        return services;
    }

    /// <summary>Whether this request renders a page that may be cached for every anonymous visitor.</summary>
    internal static bool IsAnonymousReading(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == AnonymousReading
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && IsAnonymous(context);

    private static bool IsAnonymous(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && !context.Request.Cookies.Keys.Any(k => k.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal));

    private sealed class TokenlessOnAnonymousReading(IAntiforgery inner, string formFieldName) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
            IsAnonymousReading(httpContext) ? None() : inner.GetAndStoreTokens(httpContext);

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
            IsAnonymousReading(httpContext) ? None() : inner.GetTokens(httpContext);

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

        public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

        private AntiforgeryTokenSet None() => new(null, null, formFieldName, null);
    }

    /// <summary>
    /// Output cache first, compression inside it: a cache hit is served as the compressed bytes
    /// stored on the miss, without compressing again.
    /// </summary>
    public static IApplicationBuilder UsePageCaching(this IApplicationBuilder app) =>
        app.UseOutputCache().UseResponseCompression();

    /// <summary>
    /// Called while rendering a component that opens a circuit: its prerendered markup carries a
    /// one-off descriptor for this request, so the page must not be stored.
    /// </summary>
    public static void DoNotStore(HttpContext? context)
    {
        if (context?.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            feature.Context.AllowCacheStorage = false;
        }
    }

    private sealed class AnonymousReadingPolicy : IOutputCachePolicy
    {
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var cacheable = IsAnonymousReading(context.HttpContext);

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;

            // One entry per page, query, theme and Accept-Encoding (odd theme cookie values all map to
            // the default; the cache's size limit bounds the rest).
            context.CacheVaryByRules.QueryKeys = new StringValues(["q", "principle", "level", "mode"]);
            context.CacheVaryByRules.VaryByValues["theme"] = request.Cookies["ip-theme"] is "dark" or "light" ? request.Cookies["ip-theme"]! : "";
            context.CacheVaryByRules.VaryByValues["encoding"] = Encoding(request.Headers.AcceptEncoding);
            // blazor.web.js fetches pages itself on enhanced navigation and Blazor answers those
            // requests slightly differently (framing, redirects): kept apart from full loads.
            context.CacheVaryByRules.VaryByValues["enhanced"] = request.Headers.Accept.ToString().Contains("blazor-enhanced-nav=on", StringComparison.Ordinal) ? "1" : "";
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            // The cache stores header values through a table of well-known strings and gives
            // "blazor-enhanced-nav: allow" back as "Allow" (the Allow header's name); blazor.web.js
            // compares case-sensitively and would fall back to a full page load.
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                if (response.Headers.TryGetValue(EnhancedNavHeader, out var value) && value == "Allow")
                {
                    response.Headers[EnhancedNavHeader] = "allow";
                }

                return Task.CompletedTask;
            });
            return ValueTask.CompletedTask;
        }

        private const string EnhancedNavHeader = "blazor-enhanced-nav";

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }

        // The compression middleware picks the encoding from the header (quality, then the order
        // the client lists them), so the entry is keyed by the header as sent, not by a guess.
        private static string Encoding(StringValues acceptEncoding) => acceptEncoding.ToString().Trim().ToLowerInvariant();
    }
}
