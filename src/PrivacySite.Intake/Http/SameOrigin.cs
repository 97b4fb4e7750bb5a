using Microsoft.AspNetCore.Http;

namespace PrivacySite.Intake.Http;

/// <summary>
/// The status page's guard against posts from other sites (instead of an antiforgery token, which would
/// need a cookie or state): a browser's <c>Sec-Fetch-Site</c> must say the post came from the same origin;
/// a browser without it must send an <c>Origin</c> that is the service's or the site's. (The service's pages
/// send no referrer, so browsers send <c>Origin: null</c> with their own posts; that alone is not refused.)
/// </summary>
internal static class SameOrigin
{
    public static bool Allows(HttpRequest request, params string[] origins)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || origin == "null" || origin == Own(request) || origins.Any(o => OriginOf(o) == origin);
    }

    private static string Own(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string OriginOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : url;
}
