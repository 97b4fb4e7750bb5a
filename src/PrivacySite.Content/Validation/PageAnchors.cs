using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation;

/// <summary>
/// The anchors a link can target on one language of a page, and the file editors change to change them. For
/// a Markdown page they are its headings; for a page made from data (the notice's) they are
/// the ids its model declares (<see cref="Model.Notice.NoticeAnchors"/>), which the theme gives its headings and rows.
/// </summary>
public sealed record PageAnchors(string Slug, Language Language, string File, IReadOnlySet<string> Ids);
