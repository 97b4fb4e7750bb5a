namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/retention.yaml (optional): how long each kind of record is kept and how it is disposed of
/// (保存期間・廃棄), as a society's narrative publication tells it. Without the file there is no such section.
/// </summary>
[Help("保存期間と廃棄です（任意の項目）。記録の種類ごとの保存期間と、廃棄の方法を書きます。", "How long records are kept and how they are disposed of (an optional section).")]
public sealed record RetentionAndDisposal(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("記録の種類ごとの保存期間の表です（任意）。", "The table of how long each kind of record is kept (optional).")]
    RetentionTable? Periods = null,
    [Help("廃棄の方法です（任意）。", "How records are disposed of (optional).")]
    TitledList? Disposal = null) : INoticeSection;

/// <summary>The table "kind of record → how long it is kept", with column headings the file may set.</summary>
public sealed record RetentionTable(
    [Help("表の前の見出しです。", "The heading above the table.")]
    LocalizedText Title,
    [Help("表の表題（キャプション）です。", "The table's caption.")]
    LocalizedText Caption,
    [Help("表の行です。記録の種類ごとに1行です。", "The rows, one per kind of record.")]
    IReadOnlyList<RetentionPeriod> Rows,
    [Help("1列目（記録）の見出しです。省くと標準の見出しです。", "The heading of the first column (the record); the standard heading if left out.")]
    LocalizedText? RecordColumn = null,
    [Help("2列目（保存期間）の見出しです。省くと標準の見出しです。", "The heading of the second column (the period); the standard heading if left out.")]
    LocalizedText? PeriodColumn = null);

public sealed record RetentionPeriod(
    [Help("記録の種類です。", "The kind of record.")]
    LocalizedText Record,
    [Help("保存期間です（組合が定めている言葉で書きます）。", "How long it is kept, in the Society's own words.")]
    LocalizedText Period);
