using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Responses;
using Microsoft.Extensions.Options;

namespace PrivacySite.Intake.Http;

/// <summary>
/// For every answer under /api: no caching, no sniffing, no referrer, no framing, and a strict
/// Content-Security-Policy that allows only the site's stylesheet. A store that does not answer a page reading it
/// (the desk's) is a 503 with Retry-After; any other exception that escapes an endpoint becomes a plain 500 page
/// naming nothing but the exception's type in the log.
/// </summary>
internal sealed class IntakeHeadersMiddleware(RequestDelegate next, IntakePages pages, IOptions<IntakeOptions> options, ILogger<IntakeHeadersMiddleware> logger)
{
    /// <summary>The key of <see cref="HttpContext.Items"/> under which an endpoint puts a stricter Content-Security-Policy for its answer.</summary>
    public const string PolicyItem = "intake-content-security-policy";

    private readonly string _retryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string PathPrefix = "/api";

    private readonly string _policy = string.Join("; ",
        "default-src 'none'",
        $"style-src {pages.SiteOrigin}",
        $"img-src {pages.SiteOrigin} data:",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(PathPrefix))
        {
            await next(context);
            return;
        }

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            // An endpoint may ask for a stricter policy of its own (the desk's documents: sandbox, nothing loads).
            headers.ContentSecurityPolicy = context.Items.TryGetValue(PolicyItem, out var own) && own is string strict ? strict : _policy;

            return Task.CompletedTask;
        });

        try
        {
            await next(context);
        }
        catch (InquiryStoreUnavailableException) when (!context.Response.HasStarted)
        {
            // The store did not answer a page that reads it (the desk's): try again later, nothing was changed.
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = _retryAfter;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(await pages.MessageAsync(pages.Text.Pages.Unavailable, Language.Ja, Forms.Model.InquiryKind.Request));
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            IntakeLog.Unhandled(logger, e.GetType().FullName ?? "Exception", e.TargetSite?.Name ?? "?", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(await pages.MessageAsync(pages.Text.Pages.Unavailable, Language.Ja, Forms.Model.InquiryKind.Request));
        }
    }
}
