using System.Net;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Support;

/// <summary>
/// The intake app with the desk signing in through a real OpenID Connect provider on loopback
/// (<see cref="OidcProviderProcess"/>), and a way to sign a test user in through the whole code flow.
/// </summary>
public sealed class DeskApp : IAsyncLifetime, IAsyncDisposable
{
    public const string Origin = "https://localhost";

    private readonly OidcProviderProcess _provider = new();

    public IntakeApp App { get; private set; } = default!;

    /// <summary>Further settings for the app (the idle time-out…).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        await _provider.StartAsync(Origin + DeskRoutes.SignInCallback, Origin + DeskRoutes.SignedOutCallback);
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Intake:Desk:Authority"] = _provider.Issuer,
            ["Intake:Desk:ClientId"] = OidcProviderProcess.ClientId,
            ["Intake:Desk:ClientSecret"] = OidcProviderProcess.ClientSecret,
        };
        App = new IntakeApp(connectionString: settings.GetValueOrDefault("InquiryStore:ConnectionString"), settings: settings);
    }

    /// <summary>Closes the app (whose log check may fail) and, in any case, the provider.</summary>
    public async Task DisposeAsync()
    {
        try
        {
            if (App is not null)
            {
                await App.DisposeAsync();
            }
        }
        finally
        {
            await _provider.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>A client with no session.</summary>
    public HttpClient Anonymous() => App.HttpsClient();

    /// <summary>
    /// Signs <paramref name="user"/> in (viewer, handler, admin or nobody) as a browser would: the desk redirects to the
    /// provider, the user name is typed on its page, the provider redirects back with a code that the desk redeems
    /// (with its PKCE verifier and client secret) for a signed ID token.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var desk = App.HttpsClient();
        var response = await desk.GetAsync(DeskRoutes.Inbox(Content.Model.Language.Ja));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var callback = await ThroughProviderAsync(response.Headers.Location!, user);
        var back = await desk.GetAsync(callback.PathAndQuery);
        Assert.True(back.StatusCode == HttpStatusCode.Redirect, $"the sign-in callback answered {(int)back.StatusCode}: {await back.Content.ReadAsStringAsync()}");
        return desk;
    }

    /// <summary>Follows the provider's pages from the authorisation request to the redirect back to the desk, signing in as <paramref name="user"/>.</summary>
    public async Task<Uri> ThroughProviderAsync(Uri authorize, string user)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var next = authorize;
        for (var step = 0; step < 10; step++)
        {
            if (next.GetLeftPart(UriPartial.Authority) == Origin)
            {
                return next;
            }

            var response = await browser.GetAsync(next);
            if (response.StatusCode == HttpStatusCode.OK && next.AbsolutePath.StartsWith("/interaction/", StringComparison.Ordinal))
            {
                response = await browser.PostAsync(new Uri(next, next.AbsolutePath + "/login"), new FormUrlEncodedContent([new("login", user)]));
            }

            Assert.True((int)response.StatusCode is >= 300 and < 400, $"the provider answered {(int)response.StatusCode} at {next.AbsolutePath}: {await response.Content.ReadAsStringAsync()}");
            next = new Uri(next, response.Headers.Location!);
        }

        throw new InvalidOperationException("the provider never redirected back to the desk");
    }
}
