namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/notice.yaml: the page holding the whole notice (for printing and notice
/// boards), and the heading of its first section, the handler, whose details are in site.yaml.
/// </summary>
public sealed record FullNotice(SectionPage Page, SectionPage Handler);
