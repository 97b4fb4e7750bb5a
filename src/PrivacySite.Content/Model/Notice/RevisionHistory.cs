namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/revisions.yaml: when the notice was enacted and each revision since, oldest first.</summary>
public sealed record RevisionHistory(
    SectionPage Page,
    DateOnly Enacted,
    LocalizedText Caption,
    IReadOnlyList<Revision> Revisions) : INoticeSection
{
    /// <summary>The date shown as 最終改定日 / Last revised in every page's footer.</summary>
    public DateOnly LastRevised => Revisions.Select(r => r.Date).Append(Enacted).Max();
}

public sealed record Revision(DateOnly Date, LocalizedText Summary);
