namespace PrivacySite.Site.Publishing;

/// <summary>
/// The response headers every page of the site is served with, wherever it is served from:
/// the local server and the static host's configuration both take them from here.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The headers for the static site; <paramref name="formOrigins"/> may add the intake service's origin.</summary>
    public static IReadOnlyDictionary<string, string> ForSite(params string[] formOrigins) => new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self' " + string.Join(' ', formOrigins),
            "form-action 'self' " + string.Join(' ', formOrigins),
            "base-uri 'none'",
            "object-src 'none'",
            "frame-ancestors 'none'").Replace("  ", " ").Replace(" ;", ";"),
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()",
        ["X-Frame-Options"] = "DENY",
    };

    /// <summary>The site's headers plus HSTS, for the public HTTPS host (never for localhost).</summary>
    public static IReadOnlyDictionary<string, string> ForHostedSite(params string[] formOrigins) =>
        new Dictionary<string, string>(ForSite(formOrigins))
        {
            ["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains",
        };
}
