namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/revisions.yaml: when the notice was enacted and each revision since, oldest first.</summary>
[Help("公表事項の制定日と改定履歴です。", "When the notice was first published, and each revision since.")]
public sealed record RevisionHistory(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("制定日です（YYYY-MM-DD）。", "The date the notice was first published (YYYY-MM-DD).")]
    DateOnly Enacted,
    [Help("改定履歴の表の表題（キャプション）です。", "The caption of the table of revisions.")]
    LocalizedText Caption,
    [Help("改定です。古いものから順に書きます。最も新しい日付が各ページの「最終改定日」になります。", "Each revision, oldest first; the newest date is shown as \"last revised\" on every page.")]
    IReadOnlyList<Revision> Revisions) : INoticeSection
{
    /// <summary>The enactment and then each revision, in the order the editor wrote them, with their model paths.</summary>
    public IEnumerable<(string Path, DateOnly Date)> History =>
        Revisions.Select((r, i) => ($"revisions[{i}].date", r.Date)).Prepend(("enacted", Enacted));

    /// <summary>The date shown as 最終改定日 / Last revised in every page's footer.</summary>
    public DateOnly LastRevised => History.Max(h => h.Date);
}

public sealed record Revision(
    [Help("改定日です（YYYY-MM-DD）。", "The date of the revision (YYYY-MM-DD).")]
    DateOnly Date,
    [Help("改定の内容を一行で書きます。", "A one-line summary of the change.")]
    LocalizedText Summary);
