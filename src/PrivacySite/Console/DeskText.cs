using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Cli.Console;

/// <summary>What `privacysite inquiries` prints, in English and Japanese side by side (chosen with --lang).</summary>
internal static class DeskText
{
    public static readonly Phrase Reference = new("Reference", "受付番号");
    public static readonly Phrase Kind = new("Kind", "種類");
    public static readonly Phrase Received = new("Received (JST)", "受付日時 (JST)");
    public static readonly Phrase Due = new("Due", "回答期限");
    public static readonly Phrase Status = new("Status", "状態");
    public static readonly Phrase DaysLeft = new("Days left", "残り日数");
    public static readonly Phrase Overdue = new("OVERDUE", "期限超過");
    public static readonly Phrase Closed = new("Closed (JST)", "完了日時 (JST)");
    public static readonly Phrase Language = new("Language", "言語");
    public static readonly Phrase Fields = new("Fields", "入力内容");
    public static readonly Phrase History = new("History", "経過");
    public static readonly Phrase When = new("When (JST)", "日時 (JST)");
    public static readonly Phrase Actor = new("By", "担当");
    public static readonly Phrase Note = new("Note", "メモ");
    public static readonly Phrase NoMatch = new("No inquiries match.", "該当する受付はありません。");
    public static readonly Phrase InternalTargetMark = new("(target)", "（目安）");

    public static readonly Phrase InternalTarget = new(
        "internal target: the notice states no number of days for this (it says \"without delay\" or nothing), so the office's target of {0} business days set the due date",
        "内部の目安: 公表事項がこの件の日数を定めていない（「遅滞なく」とだけ書くか、書いていない）ため、担当部署の目安 {0} 営業日で期限を決めています");

    public static readonly Phrase InternalTargetFootnote = new(
        "(target): the notice states no number of days for it, so the due date is the office's internal target of {0} business days.",
        "（目安）: 公表事項が日数を定めていないため、期限は担当部署の内部の目安（{0} 営業日）です。");

    public static readonly Phrase Listed = new("Inquiries: {0}, overdue: {1} ({2}).", "{0} 件、うち期限超過 {1} 件（{2}）。");

    public static readonly Phrase Changed = new("{0}: {1} -> {2}, recorded {3} JST by {4}.", "{0}: {1} -> {2} に変更しました（{3} JST、{4}）。");

    public static readonly Phrase NotAReference = new(
        "'{0}' is not a reference number: they look like D-7KQ4-M9TX or C-7KQ4-M9TX.",
        "'{0}' は受付番号ではありません。受付番号は D-7KQ4-M9TX や C-7KQ4-M9TX のような形です。");

    public static readonly Phrase NotFound = new(
        "There is no inquiry {0} in {1}: check the number, and that InquiryStore__* points at the right store.",
        "受付番号 {0} は {1} にありません。番号と、InquiryStore__* の設定が正しい保存先を指していることを確かめてください。");

    public static readonly Phrase NotAStatus = new("'{0}' is not a status: use one of {1}.", "'{0}' は状態の名前ではありません。次のどれかを使ってください: {1}");

    public static readonly Phrase NotAStatusDidYouMean = new(
        "'{0}' is not a status: did you mean {1}? Use one of {2}.",
        "'{0}' は状態の名前ではありません。{1} の誤りではありませんか？ 次のどれかを使ってください: {2}");

    public static readonly Phrase NotAKind = new("'{0}' is not a kind: use request or complaint.", "'{0}' は種類の名前ではありません。request か complaint を使ってください。");

    public static readonly Phrase NotAllowed = new(
        "{0} is {1} and cannot become {2}: from {1} it can become {3}.",
        "{0} は現在 {1} のため {2} にはできません。{1} から変更できるのは次の状態です: {3}");

    public static readonly Phrase Final = new(
        "{0} is {1}, which closes it: its status cannot change any more.",
        "{0} は {1} で完了しているため、状態はもう変更できません。");

    public static readonly Phrase ReasonRequired = new(
        "Refusing, asking for documents and extending need the reason or the list the member will be told: add --note \"...\".",
        "お断り・書類のお願い・期限の延長には、会員にお伝えする理由（または必要な書類）が必要です。--note \"…\" を付けてください。");

    public static readonly Phrase NotLater = new(
        "{0} is due on {1}: an extension must give a later date.",
        "{0} の回答期限は {1} です。延長するときは、それより後の日付を指定してください。");

    public static readonly Phrase Extended = new(
        "{0}: due date moved to {1}, recorded {2} JST by {3}; the member is e-mailed the reason.",
        "{0}: 回答期限を {1} に延長しました（{2} JST、{3}）。会員に理由をメールでお知らせします。");

    public static readonly Phrase SendRecorded = new("{0} '{1}', attempt {2}: {3} ({4})", "{0}「{1}」{2} 回目: {3}（{4}）");

    public static readonly Phrase ExtendedRecorded = new("due date extended to {0}: {1}", "回答期限を {0} に延長: {1}");
    /// <summary>A status as printed: the name staff type in English (received), its Japanese name with it in Japanese (受付 (received)), so either can be typed back.</summary>
    public static Phrase StatusName(InquiryStatus status) => new(status.Name(), $"{JapaneseStatus[status]} ({status.Name()})");

    /// <summary>Reads a status's Japanese name as `list` and `show` print it (対応中).</summary>
    public static bool TryJapaneseStatus(string name, out InquiryStatus status)
    {
        status = JapaneseStatus.FirstOrDefault(s => s.Value == name.Trim()).Key;
        return JapaneseStatus.ContainsValue(name.Trim());
    }

    /// <summary>A kind as printed: request or complaint in English, its Japanese name in Japanese.</summary>
    public static Phrase KindName(InquiryKind kind) => new(kind.Slug(), kind == InquiryKind.Request ? "開示等の請求" : "苦情・相談");

    private static readonly Dictionary<InquiryStatus, string> JapaneseStatus = new()
    {
        [InquiryStatus.Received] = "受付",
        [InquiryStatus.IdentityVerified] = "本人確認済み",
        [InquiryStatus.AwaitingDocuments] = "書類待ち",
        [InquiryStatus.InProgress] = "対応中",
        [InquiryStatus.Answered] = "回答済み",
        [InquiryStatus.Refused] = "不開示・拒否",
        [InquiryStatus.Withdrawn] = "取下げ",
    };

    public static readonly Phrase AssignedRecorded = new("assigned to {0}", "担当者を {0} に設定");
    public static readonly Phrase UnassignedRecorded = new("no one assigned", "担当者を解除");

    public static readonly Phrase Conflict = new(
        "{0} was changed by someone else at the same time (it is now {1}). Your change was not saved: run 'privacysite inquiries show {0}' and try again if it still applies.",
        "{0} は同時に他の人が変更しました（現在の状態: {1}）。あなたの変更は保存されていません。'privacysite inquiries show {0}' で確かめ、必要ならもう一度実行してください。");

    public static readonly Phrase NotADate = new("'{0}' is not a date: write it as YYYY-MM-DD.", "'{0}' は日付ではありません。YYYY-MM-DD の形で書いてください。");

    public static readonly Phrase Exported = new(
        "Wrote {0} inquiries to {1}. The file holds personal data: keep it in the privacy office's folder and delete it when done.",
        "{0} 件を {1} に書き出しました。個人情報を含むファイルです。個人情報相談窓口のフォルダーに保管し、使い終わったら削除してください。");

    public static readonly Phrase NotAPeriod = new(
        "'{0}' is not a period: write a number and y (years), m (months) or d (days), such as 3y.",
        "'{0}' は期間ではありません。3y のように、数と y（年）、m（月）、d（日）で書いてください。");

    public static readonly Phrase ZeroPeriod = new(
        "'{0}' is not a period: zero is refused, since every closed inquiry would be deleted at once. Write 1 or more, such as 3y.",
        "'{0}' は期間として使えません。0 は受け付けません（完了した受付がすべて一度に削除されるため）。3y のように 1 以上の数で書いてください。");

    public static readonly Phrase PastRetention = new("Closed inquiries closed more than {0} ago:", "完了から {0} を過ぎた受付:");

    public static readonly Phrase NothingToPurge = new("No closed inquiry was closed more than {0} ago: nothing to delete.", "完了から {0} を過ぎた受付はありません。削除するものはありません。");

    public static readonly Phrase WouldDelete = new(
        "{0} inquiries would be deleted. Nothing was deleted: run again with --yes to delete them.",
        "{0} 件が削除の対象です。まだ削除していません。削除するには --yes を付けてもう一度実行してください。");

    public static readonly Phrase Deleted = new("Deleted {0} inquiries.", "{0} 件を削除しました。");

    public static readonly Phrase NoDocuments = new("No identity documents are stored with {0}.", "{0} に保存された本人確認の書類はありません。");

    public static readonly Phrase Document = new("File", "ファイル");

    public static readonly Phrase DocumentType = new("Type", "形式");

    public static readonly Phrase DocumentSize = new("Size (bytes)", "大きさ（バイト）");

    public static readonly Phrase DocumentSaved = new("Saved {0} (readable by you alone); the opening is in the audit trail.", "{0} に保存しました（あなただけが読めます）。開いたことは監査記録に残りました。");

    public static readonly Phrase DocumentExists = new("{0} exists already: it was left as it is; choose an empty folder.", "{0} はすでにあります。そのままにしました。空のフォルダーを指定してください。");

    public static readonly Phrase DocumentsDue = new("{0} inquiries hold identity documents past {1} days after identity was verified or the inquiry closed; {2} orphan sets.",
        "本人確認または完了から {1} 日を過ぎた本人確認の書類がある受付は {0} 件、どの受付にも属さない書類の組は {2} 件です。");

    public static readonly Phrase DocumentsDeleted = new("Deleted the documents of {0} inquiries (the inquiries stay) and {1} orphan sets.", "{0} 件の受付の書類（受付は残ります）と、どの受付にも属さない {1} 組を削除しました。");

    public static readonly Phrase NotAFolder = new("'{0}' is not an existing folder.", "「{0}」は既存のフォルダーではありません。");

    public static readonly Phrase LeftAlone = new(
        "{0} inquiries changed since they were listed and were left alone.",
        "{0} 件は一覧にした後で変更されたため、削除していません。");

    public static readonly Phrase StoreUnreadable = new(
        "InquiryStore__ConnectionString cannot be read ({0}).",
        "InquiryStore__ConnectionString を読み取れません（{0}）。");

    public static readonly Phrase StoreUnavailable = new(
        "The inquiry store did not answer ({0}). Nothing was changed; try again later.",
        "受付の保存先が応答しません（{0}）。何も変更していません。しばらくしてからもう一度実行してください。");
}
