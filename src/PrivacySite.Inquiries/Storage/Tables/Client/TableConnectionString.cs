namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>
/// A storage connection string as the Azure portal shows it, <c>UseDevelopmentStorage=true</c> for
/// Azurite's default address, or just <c>TableEndpoint=https://…</c> to sign in with a managed identity.
/// The account key is never part of <see cref="ToString"/>.
/// </summary>
public sealed class TableConnectionString
{
    // Azurite's well-known development account (public, documented by Microsoft; not a secret).
    public const string DevelopmentAccount = "devstoreaccount1";
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private TableConnectionString(Uri endpoint, string? accountName, string? accountKey)
    {
        Endpoint = endpoint;
        AccountName = accountName;
        AccountKey = accountKey;
    }

    /// <summary>The table service address, ending in '/' (with the account in the path for Azurite).</summary>
    public Uri Endpoint { get; }

    public string? AccountName { get; }

    /// <summary>The account key for Shared Key signing; null means sign in with a token credential instead.</summary>
    public string? AccountKey { get; }

    public static TableConnectionString Parse(string text)
    {
        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.OrdinalIgnoreCase);

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            var proxy = parts.TryGetValue("DevelopmentStorageProxyUri", out var p) ? p.TrimEnd('/') : "http://127.0.0.1";
            return new TableConnectionString(new Uri($"{proxy}:10002/{DevelopmentAccount}/"), DevelopmentAccount, DevelopmentKey);
        }

        parts.TryGetValue("AccountName", out var account);
        parts.TryGetValue("AccountKey", out var key);
        Uri endpoint;
        if (parts.TryGetValue("TableEndpoint", out var explicitEndpoint))
        {
            endpoint = new Uri(explicitEndpoint.EndsWith('/') ? explicitEndpoint : explicitEndpoint + "/");
        }
        else if (account is { Length: > 0 })
        {
            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            endpoint = new Uri($"{protocol}://{account}.table.{suffix}/");
        }
        else
        {
            throw new FormatException("the connection string needs TableEndpoint, AccountName or UseDevelopmentStorage=true");
        }

        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new FormatException("the table endpoint must be an http(s) address");
        }

        if (string.IsNullOrEmpty(key) && endpoint.Scheme != Uri.UriSchemeHttps)
        {
            throw new FormatException("a table endpoint without an account key signs in with a token, which is only sent over https");
        }

        // Azurite and other path-style endpoints carry the account name as the first path segment.
        account ??= endpoint.Segments.Length > 1 ? endpoint.Segments[1].TrimEnd('/') : endpoint.Host.Split('.')[0];
        return new TableConnectionString(endpoint, account, string.IsNullOrEmpty(key) ? null : key);
    }

    public override string ToString() => $"TableEndpoint={Endpoint}";
}
