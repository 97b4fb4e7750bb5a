using System.Diagnostics;

namespace PrivacySite.Testing;

/// <summary>
/// A real OpenID Connect provider (npm oidc-provider, run by tests/tools/oidc-provider.mjs) on a free loopback
/// port, with one client and the test users viewer, handler, admin (one desk role each) and nobody (no role).
/// </summary>
public sealed class OidcProviderProcess : IAsyncDisposable
{
    public const string ClientId = "privacy-desk";
    public const string ClientSecret = "test-only-secret-of-the-loopback-provider";

    private Process? _process;

    public int Port { get; } = FreePort.Next();

    public string Issuer => $"http://127.0.0.1:{Port}";

    /// <summary>Starts it for a desk whose sign-in comes back to <paramref name="redirectUri"/>.</summary>
    public async Task StartAsync(string redirectUri, string postLogoutRedirectUri)
    {
        RepoPaths.TestTool("oidc-provider", "package.json");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(RepoPaths.Root, "tests", "tools", "oidc-provider.mjs"), Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ClientId, ClientSecret, redirectUri, postLogoutRedirectUri })
        {
            start.ArgumentList.Add(arg);
        }

        _process = await ListeningProcess.StartAsync(start, Port, "the OpenID Connect provider", TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
    }
}
