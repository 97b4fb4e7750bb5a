using PrivacySite.Content.History;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Forms.Model;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Planning;

/// <summary>What fills a page's main area; the renderer picks a theme component per kind.</summary>
public abstract record PageBody;

/// <summary>An editor-written Markdown page.</summary>
public sealed record MarkdownBody(MarkdownPage Source) : PageBody;

/// <summary>
/// One section of the privacy notice on its own page. <paramref name="Contents"/> lists the
/// full notice and every section, in order, for the links between them.
/// </summary>
public sealed record NoticeSectionBody(NoticeSection Section, IReadOnlyList<(string Slug, LocalizedText Title)> Contents) : PageBody;

/// <summary>A request or complaint form, drawn from the fields the intake service validates with.</summary>
public sealed record FormBody(InquiryKind Kind) : PageBody;

/// <summary>The whole notice on one page, every section in order, for printing and notice boards.</summary>
public sealed record FullNoticeBody(FullNotice Notice, IReadOnlyList<NoticeSection> Sections) : PageBody;

/// <summary>The list of the notice's versions, newest first (/notice/history/).</summary>
public sealed record NoticeHistoryBody(IReadOnlyList<NoticeVersion> Versions) : PageBody;

/// <summary>
/// The notice as it stood at one version, and what changed from the version before
/// (<paramref name="Changes"/> null for the first version there is).
/// </summary>
public sealed record NoticeVersionBody(NoticeVersion Version, IReadOnlyList<ContentChange>? Changes) : PageBody;
