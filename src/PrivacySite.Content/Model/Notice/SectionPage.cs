namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// The heading block every notice file starts with: the page title (also the menu label and
/// the section heading in the full notice), the search description, and opening paragraphs.
/// A <c>nav_order</c> puts the page in the site menu.
/// </summary>
public sealed record SectionPage(
    LocalizedText Title,
    LocalizedText? Description = null,
    int? NavOrder = null,
    IReadOnlyList<LocalizedText>? Intro = null);
