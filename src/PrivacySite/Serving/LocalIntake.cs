namespace PrivacySite.Cli.Serving;

/// <summary>
/// The intake service hosted beside the local site, so its forms can be sent end to end: the content
/// folder its pages and checks use, and any further settings (InquiryStore:Path, Intake:RateLimit:…),
/// which win over the defaults (Intake:SiteBaseUrl is the local address).
/// </summary>
public sealed record LocalIntake(string ContentRoot, IReadOnlyDictionary<string, string?>? Settings = null)
{
    public const string MailFolder = ".data/mail";

    /// <summary>
    /// What <c>serve</c> does with e-mails unless an SMTP server is set (Intake__Mail__Host): writes each as an
    /// .eml file under <see cref="MailFolder"/>, for the developer to open in a mail program.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> MailDefaults() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Intake__Mail__Host"))
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?>
            {
                ["Intake:Mail:PickupFolder"] = Environment.GetEnvironmentVariable("Intake__Mail__PickupFolder") is { Length: > 0 } folder ? folder : MailFolder,
                ["Intake:Mail:From"] = Environment.GetEnvironmentVariable("Intake__Mail__From") is { Length: > 0 } from ? from : "no-reply@example.org",
            };
}
