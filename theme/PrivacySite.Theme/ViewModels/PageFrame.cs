using PrivacySite.Content.Model;

namespace PrivacySite.Theme.ViewModels;

/// <summary>
/// Everything the layout needs around a page's main content, already in the page's language.
/// <see cref="LastRevised"/> is the notice's latest revision date, shown in the footer; a notice never
/// revised shows its <see cref="Enacted"/> date there instead (制定日), and one with neither shows no date.
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
    DateOnly? LastRevised = null,
    DateOnly? Enacted = null);
