using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Theme.ViewModels;

/// <summary>
/// One section of the privacy notice: its page address, its heading block, and the loaded
/// record the section's component renders (a notice file's record, or the handler).
/// </summary>
public sealed record NoticeSection(string Slug, SectionPage Page, object Model);
