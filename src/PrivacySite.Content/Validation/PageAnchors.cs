using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation;

/// <summary>
/// The anchors a link can target on one language of a page, and the file editors change to change them. For
/// a Markdown page they are its headings; for a page made from data (the notice's) they are
/// the ids the theme gives its headings and rows, which the site library reads off the
/// rendered page and hands to the link check.
/// </summary>
public sealed record PageAnchors(string Slug, Language Language, string File, IReadOnlySet<string> Ids);
