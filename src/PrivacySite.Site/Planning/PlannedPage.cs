using PrivacySite.Content.Model;

namespace PrivacySite.Site.Planning;

/// <summary>One page to render: where it goes, what it is called, and what fills it.</summary>
/// <param name="Untranslated">An English page showing the Japanese text, with a note saying so.</param>
/// <param name="TranslationOutdated">An English page whose Japanese changed after it was translated, with a note saying it may be out of date.</param>
public sealed record PlannedPage(string Slug, Language Language, string Title, string? Description, PageBody Body, bool Untranslated = false, bool TranslationOutdated = false);
