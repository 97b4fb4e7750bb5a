using PrivacySite.Content.Model;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Desk;

/// <summary>
/// Signing in to the desk through a real OpenID Connect provider on loopback: the code flow with PKCE, the roles
/// claim, the session cookie's flags, the 403 page for a user without a role, and signing out.
/// </summary>
public sealed class DeskSignInTests : IAsyncLifetime
{
    private readonly DeskApp _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Without_a_session_the_desk_redirects_to_the_provider_with_a_code_flow_and_PKCE()
    {
        var response = await _desk.Anonymous().GetAsync(DeskRoutes.Inbox(Language.Ja));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("http://127.0.0.1:", location.ToString());
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(OidcProviderProcess.ClientId, query["client_id"]);
        Assert.Equal(DeskApp.Origin + DeskRoutes.SignInCallback, query["redirect_uri"]);
    }

    [Fact]
    public async Task A_handler_signs_in_and_the_session_cookie_is_secure_httponly_and_samesite()
    {
        var desk = _desk.App.HttpsClient();
        var start = await desk.GetAsync(DeskRoutes.Inbox(Language.En));
        var callback = await _desk.ThroughProviderAsync(start.Headers.Location!, "handler");
        var back = await desk.GetAsync(callback.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(DeskRoutes.Inbox(Language.En), back.Headers.Location!.ToString());
        var session = back.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(DeskAuthentication.CookieName, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(session);
        Assert.All(session, cookie =>
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        });

        var inbox = await desk.GetAsync(DeskRoutes.Inbox(Language.En));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        var html = await inbox.Content.ReadAsStringAsync();
        Assert.Contains("Handler Test", html);
        Assert.Contains(DeskRoles.Handler, html);
        Assert.Equal("no-store", inbox.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_code_sent_back_twice_or_forged_does_not_sign_in()
    {
        var desk = _desk.App.HttpsClient();
        var start = await desk.GetAsync(DeskRoutes.Inbox(Language.Ja));
        var callback = await _desk.ThroughProviderAsync(start.Headers.Location!, "admin");

        var forged = await _desk.App.HttpsClient().GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("ログインできませんでした", await forged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_user_without_a_desk_role_gets_the_403_page_in_the_page_language()
    {
        var desk = await _desk.SignedInAsync("nobody");

        var ja = await desk.GetAsync(DeskRoutes.Inbox(Language.Ja));
        var en = await desk.GetAsync(DeskRoutes.Inbox(Language.En));

        Assert.Equal(HttpStatusCode.Forbidden, ja.StatusCode);
        Assert.Contains("このページを見る権限がありません", await ja.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, en.StatusCode);
        Assert.Contains("You do not have permission to see this page", await en.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_goes_to_the_provider_to_end_its_own()
    {
        var desk = await _desk.SignedInAsync("viewer");
        var inbox = await (await desk.GetAsync(DeskRoutes.Inbox(Language.Ja))).Content.ReadAsStringAsync();
        var token = DeskHtml.Token(inbox);

        var signOut = await desk.PostAsync(DeskRoutes.SignOut, DeskHtml.Form(token));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("http://127.0.0.1:", signOut.Headers.Location!.ToString());
        Assert.Contains("/session/end", signOut.Headers.Location!.AbsolutePath);
        var after = await desk.GetAsync(DeskRoutes.Inbox(Language.Ja));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://127.0.0.1:", after.Headers.Location!.ToString());
    }
}
