namespace PrivacySite.Intake.Desk;

/// <summary>
/// The privacy office desk's sign-in (<c>Intake:Desk:*</c>): an OpenID Connect provider (Entra ID in
/// production, a loopback provider in tests), or, for <c>serve</c> on this machine only, the development sign-in.
/// Neither set: the desk is off and its addresses answer 404.
/// </summary>
public sealed class DeskOptions
{
    public const int DefaultIdleMinutes = 30;

    /// <summary>The provider's issuer, e.g. https://login.microsoftonline.com/TENANT/v2.0.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>A secret: never shown in a message or a log.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The service's public address (https) when it runs behind a host that forwards requests to it over plain
    /// http on this machine (a Function App): the sign-in's redirect URI is built on it. Unset: the request's own address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>A signed-in session ends after this many minutes without a request.</summary>
    public int IdleMinutes { get; set; } = DefaultIdleMinutes;

    /// <summary>A sign-in page that asks only for a name and a role, answered only to requests from this machine.</summary>
    public bool DevelopmentSignIn { get; set; }

    public const int DefaultDocumentRetentionDays = 30;

    /// <summary>Days an inquiry's identity documents are kept after its identity was verified or it closed; the purge deletes them then.</summary>
    public int DocumentRetentionDays { get; set; } = DefaultDocumentRetentionDays;

    public bool IsEnabled => Authority is not null || DevelopmentSignIn;
}
