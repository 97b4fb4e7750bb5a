using PrivacySite.Content.Model;
using PrivacySite.Forms.Routes;

namespace PrivacySite.Intake.Hosting;

/// <summary>Where members reach the service from outside, for links the service sends away from itself (the status page in e-mails).</summary>
public sealed record ServiceAddress(string Origin)
{
    /// <summary>The configured public address, else the site's (see <see cref="IntakeOptions.PublicUrl"/>).</summary>
    public static ServiceAddress From(IntakeOptions options, ContentSet content) =>
        new((options.PublicUrl ?? options.SiteBaseUrl ?? content.Settings.BaseUrl).TrimEnd('/'));

    /// <summary>True when members reach the service over https (its cookies are then marked Secure).</summary>
    public bool IsHttps => Origin.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    public string StatusPage(Language language) => Origin + IntakeRoutes.Status(language);
}
