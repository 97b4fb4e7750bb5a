using PrivacySite.Content.Skeleton;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/revisions.yaml: when the notice was enacted and each revision since, oldest first.
/// Either may stand alone (a society that does not publish its enactment date lists its revisions; a
/// notice never revised has only its enactment date), but one of them is needed (PS0610).
/// </summary>
[Help("公表事項の制定日と改定履歴です。どちらか一方だけでも書けます。", "When the notice was first published, and each revision since; either may stand alone.")]
public sealed record RevisionHistory(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("制定日です（YYYY-MM-DD）。公表していなければ省きます。改定がなければ各ページに「制定日」として表示されます。",
        "The date the notice was first published (YYYY-MM-DD); leave it out if the Society does not publish it. Without revisions, every page shows it as \"first published\".")]
    [InSkeleton]
    DateOnly? Enacted = null,
    [Help("改定履歴の表の表題（キャプション）です。省くとページの題名を使います。", "The caption of the table of revisions; the page title is used if left out.")]
    LocalizedText? Caption = null,
    [Help("改定です。古いものから順に書きます。最も新しい日付が各ページの「最終改定日」になります。改定がなければ省きます。",
        "Each revision, oldest first; the newest date is shown as \"last revised\" on every page. Leave it out if there is none.")]
    IReadOnlyList<Revision>? Revisions = null) : INoticeSection
{
    /// <summary>The revisions written, none when the list is left out.</summary>
    public IReadOnlyList<Revision> Listed => Revisions ?? [];

    /// <summary>The enactment (when written) and then each revision, in the order the editor wrote them, with their model paths.</summary>
    public IEnumerable<(string Path, DateOnly Date)> History =>
        (Enacted is { } enacted ? new[] { ("enacted", enacted) } : []).Concat(Listed.Select((r, i) => ($"revisions[{i}].date", r.Date)));

    /// <summary>The date shown as 最終改定日 / Last revised in every page's footer; null for a notice never revised.</summary>
    public DateOnly? LastRevised => Listed.Count == 0 ? null : Listed.Max(r => r.Date);

    /// <summary>The notice's latest date: its last revision, else its enactment; null when it has neither (an error, PS0610).</summary>
    public DateOnly? Latest => LastRevised ?? Enacted;
}

public sealed record Revision(
    [Help("改定日です（YYYY-MM-DD）。", "The date of the revision (YYYY-MM-DD).")]
    DateOnly Date,
    [Help("改定の内容を一行で書きます。", "A one-line summary of the change.")]
    LocalizedText Summary);
