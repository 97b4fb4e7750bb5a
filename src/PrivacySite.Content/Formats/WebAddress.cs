namespace PrivacySite.Content.Formats;

/// <summary>
/// A web address as the site may write it into its pages: absolute https (http only to this
/// machine, for `serve` and tests), printable ASCII without the characters that could end an
/// HTML attribute or a URL (quotes, angle brackets, spaces, backslashes), and without a user name
/// or password, which would hide where the address really leads.
/// </summary>
public static class WebAddress
{
    private const string Unsafe = "\"'<>\\^`{|}";

    /// <summary>An address a page or document is at; it may have a query and a fragment.</summary>
    public static Uri? Page(string? text) => Parse(text);

    /// <summary>The address a site or service is published at: no query or fragment, which would break every address built on it.</summary>
    public static Uri? Site(string? text) =>
        Parse(text) is { } uri && !text!.Contains('?', StringComparison.Ordinal) && !text.Contains('#', StringComparison.Ordinal) ? uri : null;

    private static Uri? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Any(c => c <= ' ' || c >= '\x7f' || Unsafe.Contains(c))
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var scheme = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        return scheme && uri.Host.Length > 0 && uri.UserInfo.Length == 0 ? uri : null;
    }
}
