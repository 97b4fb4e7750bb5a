namespace PrivacySite.Intake.Hosting;

/// <summary>
/// The intake service's settings (section "Intake", environment variables <c>Intake__Name</c>).
/// The store has its own section, <see cref="Inquiries.Storage.InquiryStoreSettings"/>.
/// </summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>The largest body accepted, in bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// A body slower than this, after the grace period, is given up on with 408: a phone on a poor
    /// connection sends far faster, a client that trickles bytes to hold connections open does not.
    /// </summary>
    public const int MinBodyBytesPerSecond = 240;

    public static readonly TimeSpan BodyGracePeriod = TimeSpan.FromSeconds(5);

    /// <summary>The time a client has to send the request line and headers, which fit in one packet.</summary>
    public static readonly TimeSpan HeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The content folder; default: the repository's when run from a checkout, else the copy shipped beside the app.</summary>
    public string? ContentPath { get; set; }

    /// <summary>Where the static site lives (links, stylesheet, CORS origin); default: base_url in content/site.yaml.</summary>
    public string? SiteBaseUrl { get; set; }

    /// <summary>
    /// The service's own public address (https), for the status page's link in e-mails; default: the Function App's
    /// host name (WEBSITE_HOSTNAME), else <see cref="SiteBaseUrl"/> (where the site and the service share an origin, as under <c>serve</c>).
    /// Never taken from a request's Host header, which a sender could choose.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Seconds a client is asked to wait (Retry-After) when the store is unavailable.</summary>
    public int RetryAfterSeconds { get; set; } = 30;

    public RateLimitOptions RateLimit { get; set; } = new();

    public WebhookOptions Webhook { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    public MailOptions Mail { get; set; } = new();

    public Desk.DeskOptions Desk { get; set; } = new();
}

/// <summary>
/// How e-mails to members are sent: over SMTP to <see cref="Host"/> (Exchange Online, Azure Communication
/// Services' SMTP relay, any relay), or written as .eml files into <see cref="PickupFolder"/> (what <c>serve</c>
/// does). With neither, e-mails stay in the outbox, unsent.
/// </summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? UserName { get; set; }

    /// <summary>A secret: never printed (keep it in Key Vault and reference it from the app setting).</summary>
    public string? Password { get; set; }

    /// <summary>The sender's address; its domain also names each Message-ID.</summary>
    public string? From { get; set; }

    public string? PickupFolder { get; set; }

    public int MaxAttempts { get; set; } = 8;

    public double RetryDelaySeconds { get; set; } = 30;

    public double TimeoutSeconds { get; set; } = 30;

    public bool IsEnabled => Host is not null || PickupFolder is not null;
}

/// <summary>How the SMTP connection is protected: STARTTLS after connecting (port 587), TLS from the start (port 465), or none (only to this machine).</summary>
public enum MailSecurity
{
    StartTls,
    Tls,
    None,
}

/// <summary>
/// How often the dispatcher looks for messages other processes stored (the desk's command), besides when a
/// submission wakes it; and how long a message it took is its own before another may take it (should it die while sending).
/// </summary>
public sealed class OutboxOptions
{
    public double PollSeconds { get; set; } = 30;

    public double LeaseSeconds { get; set; } = 120;
}

/// <summary>Per-client limit on submissions: <see cref="PermitLimit"/> in each window of <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// Take the client's address from the first X-Forwarded-For entry. Needed behind the Azure
    /// Functions host, where every request reaches the app from the host itself.
    /// </summary>
    public bool TrustForwardedFor { get; set; }
}

/// <summary>
/// Where to announce each new inquiry (a Teams or Slack incoming webhook), and how hard to try:
/// <see cref="MaxAttempts"/> posts, waiting <see cref="RetryDelaySeconds"/> after the first failure and twice as long after each next.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>The incoming webhook's address; none means no announcements. It is a secret: never logged.</summary>
    public string? Url { get; set; }

    public int MaxAttempts { get; set; } = 6;

    public double RetryDelaySeconds { get; set; } = 2;
}
