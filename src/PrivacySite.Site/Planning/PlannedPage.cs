using PrivacySite.Content.Model;

namespace PrivacySite.Site.Planning;

/// <summary>One page to render: where it goes, what it is called, and what fills it.</summary>
public sealed record PlannedPage(string Slug, Language Language, string Title, string? Description, PageBody Body, bool Untranslated = false);
