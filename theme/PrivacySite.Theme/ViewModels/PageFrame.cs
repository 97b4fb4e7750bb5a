using PrivacySite.Content.Model;

namespace PrivacySite.Theme.ViewModels;

/// <summary>
/// Everything the layout needs around a page's main content, already in the page's language.
/// <see cref="LastRevised"/> is the notice's latest revision date, shown in the footer.
/// </summary>
public sealed record PageFrame(
    Language Language,
    string Title,
    string? Description,
    string SiteName,
    string HomeHref,
    string CanonicalUrl,
    IReadOnlyList<AlternateLink> Alternates,
    string SwitcherHref,
    IReadOnlyList<NavLink> Nav,
    Handler Handler,
    string StylesheetHref,
    string IconHref,
    UiText Text,
    DateOnly? LastRevised = null);
