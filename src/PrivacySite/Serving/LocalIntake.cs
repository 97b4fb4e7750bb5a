namespace PrivacySite.Cli.Serving;

/// <summary>
/// The intake service hosted beside the local site, so its forms can be sent end to end: the content
/// folder its pages and checks use, and any further settings (InquiryStore:Path, Intake:RateLimit:…),
/// which win over the defaults (Intake:SiteBaseUrl is the local address).
/// </summary>
public sealed record LocalIntake(string ContentRoot, IReadOnlyDictionary<string, string?>? Settings = null);
