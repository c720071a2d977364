namespace InterviewPrep.Web;

/// <summary>
/// Headers every response carries, pages and downloads alike. The policy allows only this
/// origin's scripts (the Blazor script, app.js) and connections (the circuit's WebSocket);
/// inline styles stay allowed because components set <c>style</c> attributes for bars and
/// charts, and the component library writes its theme as a <c>&lt;style&gt;</c> element.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // OnStarting, not now: the exception handler clears headers before it re-executes,
        // and its error page must carry them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>
    /// Error and status pages are re-executed with the failed request's method; a re-executed
    /// POST would then fail again on the page's own antiforgery check and end as an empty 500.
    /// The page is only read, so it is rendered as a GET whatever the method was.
    /// </summary>
    public static IApplicationBuilder UseErrorPagesAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
        }

        return next(context);
    });
}
