using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Theme.ViewModels;

/// <summary>
/// One section of the privacy notice: its page address, its heading block, and the loaded
/// record the section's component renders (a notice file's record, or the handler).
/// </summary>
public sealed record NoticeSection(string Slug, SectionPage Page, object Model)
{
    /// <summary>
    /// Every section where <see cref="NoticePages"/> puts it, in the notice's order. The handler
    /// section comes first; its details live in site.yaml.
    /// </summary>
    public static IReadOnlyList<NoticeSection> AllOf(ContentSet content) =>
    [
        new(NoticePages.HandlerSlug, content.Notice.FullNotice.Handler, content.Settings.Handler),
        .. NoticePages.SectionsOf(content.Notice).Select(s => new NoticeSection(s.Slug, s.Section.Page, s.Section)),
    ];
}
