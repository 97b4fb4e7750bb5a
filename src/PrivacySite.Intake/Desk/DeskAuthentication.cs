using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// Signs staff in to the desk: a cookie session (Secure, HttpOnly, SameSite=Lax, ending after the idle time; Chromium keeps
/// a Secure cookie of http://127.0.0.1 too, so serve and the browser tests sign in the same way)
/// opened by OpenID Connect's code flow with PKCE (roles from the <c>roles</c> claim), or by the development
/// sign-in. No session: a redirect to sign in; a role that does not allow the page: the 403 page.
/// </summary>
internal static class DeskAuthentication
{
    public const string CookieName = "__Host-desk";
    public const string AntiforgeryCookieName = "desk-af";
    public const string AntiforgeryFieldName = "__desk_token";

    public static void AddDeskSignIn(this IServiceCollection services, DeskOptions options)
    {
        var authentication = services.AddAuthentication(auth =>
        {
            auth.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            auth.DefaultChallengeScheme = options.DevelopmentSignIn ? CookieAuthenticationDefaults.AuthenticationScheme : OpenIdConnectDefaults.AuthenticationScheme;
        });

        authentication.AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.IdleMinutes);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = DeskRoutes.DevSignIn;
            cookie.Events.OnRedirectToAccessDenied = context => DeskForbidden.WriteAsync(context.HttpContext);
        });

        if (!options.DevelopmentSignIn)
        {
            authentication.AddOpenIdConnect(oidc => Configure(oidc, options));
        }

        services.AddAuthorization(authorization =>
        {
            foreach (var (policy, roles) in DeskRoles.Policies)
            {
                authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireClaim(DeskRoles.ClaimType, roles));
            }
        });

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookieName;
            antiforgery.Cookie.HttpOnly = true;
            // Secure on every https request (in a Function App too: see DeskPublicAddress); plain only for serve on http://127.0.0.1.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = AntiforgeryFieldName;
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
    }

    private static void Configure(OpenIdConnectOptions oidc, DeskOptions options)
    {
        oidc.Authority = options.Authority;
        oidc.RequireHttpsMetadata = options.Authority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;

        // The same front-channel request Entra ID takes, whether or not a provider also offers pushed requests.
        oidc.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;

        // A top-level GET back from the provider, so the correlation and nonce cookies can stay SameSite=Lax.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CallbackPath = DeskRoutes.SignInCallback;
        oidc.SignedOutCallbackPath = DeskRoutes.SignedOutCallback;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = true;
        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.TokenValidationParameters.RoleClaimType = DeskRoles.ClaimType;
        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.HttpOnly = true;
        }

        // A failed sign-in (refused at the provider, a state that does not match) is a page, never a 500.
        oidc.Events.OnRemoteFailure = async context =>
        {
            context.HandleResponse();
            await DeskForbidden.WriteSignInFailedAsync(context.HttpContext);
        };
    }

    /// <summary>The development sign-in's session: the name typed and the role chosen.</summary>
    public static ClaimsPrincipal DevelopmentUser(string name, string role) =>
        new(new ClaimsIdentity([new Claim("name", name), new Claim(DeskRoles.ClaimType, role)], "development", "name", DeskRoles.ClaimType));
}
