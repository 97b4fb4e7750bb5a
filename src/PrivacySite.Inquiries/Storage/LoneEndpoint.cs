namespace PrivacySite.Inquiries.Storage;

/// <summary>
/// A connection setting that is just one service's address (<c>TableEndpoint=https://…</c>, <c>BlobEndpoint=https://…</c>):
/// sign in with a managed identity. The SDKs' connection-string parsers refuse that form, so it is read here.
/// </summary>
internal static class LoneEndpoint
{
    /// <summary>The address when <paramref name="text"/> is only <paramref name="setting"/>=address; null when it is something else.</summary>
    /// <exception cref="FormatException">It is the lone endpoint, but not an https address.</exception>
    public static Uri? TryRead(string text, string setting)
    {
        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts is not [var only] || only.Split('=', 2) is not [var name, var address] || !name.Equals(setting, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A token is a bearer secret: it only travels over https.
        return Uri.TryCreate(address, UriKind.Absolute, out var endpoint) && endpoint.Scheme == Uri.UriSchemeHttps
            ? endpoint
            : throw new FormatException($"a {setting} without an account key signs in with a token, which is only sent over https");
    }
}
