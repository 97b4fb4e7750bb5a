using Microsoft.AspNetCore.Http;
using PrivacySite.Forms.Routes;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Http;

/// <summary>
/// Carries the status page's code from the post that created it to the receipt page, which shows it:
/// never in the address (which is logged and may be forwarded), but in a cookie only the receipt reads
/// (HttpOnly, its path only, SameSite=Lax so the redirect after a form post brings it), for the receipt's
/// fresh hour. The receipt shows it only if it is the code of that very reference (its hash matches).
/// </summary>
internal static class ReceiptCodeCookie
{
    public const string Name = "privacysite-status-code";
    private const char Separator = '.';

    public static void Set(HttpContext context, ReferenceNumber reference, StatusCode code, bool secure) =>
        context.Response.Cookies.Append(Name, reference.Value + Separator + code.Value, new CookieOptions
        {
            HttpOnly = true,
            Secure = secure || context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = context.Request.PathBase + IntakeRoutes.ReceiptPathPrefix,
            MaxAge = TimeSpan.FromHours(1),
            IsEssential = true,
        });

    /// <summary>The code the cookie holds for <paramref name="reference"/>, if it holds one for it.</summary>
    public static StatusCode? Read(HttpRequest request, ReferenceNumber reference) =>
        request.Cookies[Name] is { } value
        && value.Split(Separator) is [var forReference, var code]
        && ReferenceNumber.TryParse(forReference, out var parsed) && parsed == reference
        && StatusCode.TryParse(code, out var found)
            ? found
            : null;
}
