using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Routes;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Where the site's forms post: the intake service at its own address, or under /api on the site's
/// own origin (an Azure Static Web App's linked backend, or `serve`). A preview build that cannot
/// reach any intake service has its forms disabled.
/// </summary>
public sealed record FormEndpoints
{
    private readonly string _base;

    /// <param name="intakeUrl">The intake service's base address (https://…); null for the site's own origin.</param>
    /// <exception cref="ArgumentException">The address is not a plain https URL without query or fragment (<see cref="WebAddress.Site"/>).</exception>
    public FormEndpoints(string? intakeUrl = null, bool disabled = false)
    {
        Disabled = disabled;
        if (string.IsNullOrWhiteSpace(intakeUrl))
        {
            _base = "";
            return;
        }

        if (WebAddress.Site(intakeUrl) is not { } uri)
        {
            // No parameter name: the message goes to the person who typed --intake-url as it is.
            throw new ArgumentException($"the intake address '{intakeUrl}' is not a plain https URL such as https://intake.example.org");
        }

        _base = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Origin = uri.GetLeftPart(UriPartial.Authority);
    }

    public bool Disabled { get; }

    /// <summary>The intake service's origin, which the site's CSP must allow to post to; null for the site's own.</summary>
    public string? Origin { get; }

    public string Action(InquiryKind kind) => _base + IntakeRoutes.Submit(kind);

    /// <summary>The receipt page's address without the reference, which the form's script appends.</summary>
    public string ReceiptPrefix(Language language) => _base + IntakeRoutes.ReceiptPrefix(language);
}
