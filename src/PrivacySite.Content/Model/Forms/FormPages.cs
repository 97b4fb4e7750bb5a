namespace PrivacySite.Content.Model.Forms;

/// <summary>content/forms/pages.yaml: the words of the pages around the forms (titles, error page, receipt, notices).</summary>
[Help("フォームの前後に表示するページの文言です。", "The words of the pages around the online forms.")]
public sealed record FormPages(
    [Help("フォームごとの題名と前置きです。", "The title and introduction of each form.")]
    IReadOnlyList<FormTitle> Forms,
    [Help("入力内容に誤りがあったときのページの文言です。", "The words of the page shown when a form has mistakes.")]
    ErrorPageText Error,
    [Help("受付完了のページの文言です。", "The words of the confirmation page.")]
    ReceiptPageText Receipt,
    [Help("受付ができないとき（保存先の障害）のページです。", "The page shown when submissions cannot be stored.")]
    NoticePageText Unavailable,
    [Help("受付番号が正しくないときのページです。", "The page shown for a malformed reference number.")]
    NoticePageText InvalidReference,
    [Help("送信が多すぎるときのページです。", "The page shown after too many submissions.")]
    NoticePageText TooManyRequests,
    [Help("任意の項目に付ける表示です（例:（任意））。", "The mark on optional fields, such as (optional).")]
    LocalizedText Optional,
    [Help("送信ボタンの文言です。", "The label of the send button.")]
    LocalizedText Submit,
    [Help("日付の年・月・日の入力欄の名前です。", "The labels of a date's year, month and day inputs.")]
    DatePartsText DateParts);

/// <summary>The title and introduction of one form, by inquiry kind (disclosure, complaint).</summary>
public sealed record FormTitle(
    [Help("フォームの種類（disclosure または complaint）です。", "The kind of form: disclosure or complaint.")]
    string Kind,
    [Help("フォームの題名です。", "The form's title.")]
    LocalizedText Title,
    [Help("題名の下に表示する前置きです。", "The introduction shown under the title.")]
    LocalizedText? Intro = null);

/// <summary>The page shown when a form post has mistakes.</summary>
public sealed record ErrorPageText(
    [Help("ページ題名の先頭に付ける文言です（例: エラー: ）。", "What the page title starts with, such as \"Error: \".")]
    LocalizedText TitlePrefix,
    [Help("誤りの一覧の見出しです。", "The heading of the list of mistakes.")]
    LocalizedText SummaryTitle);

/// <summary>The confirmation page after a form post was stored.</summary>
public sealed record ReceiptPageText(
    [Help("受付完了ページの題名です。", "The confirmation page's title.")]
    LocalizedText Title,
    [Help("受付番号の前に表示する文言です。", "The words before the reference number.")]
    LocalizedText ReferenceLabel,
    [Help("この後の流れの説明です。", "What happens next.")]
    LocalizedText NextSteps,
    [Help("問い合わせ先の見出しです。", "The heading of the contact details.")]
    LocalizedText Contact);

/// <summary>A page that only explains a situation (service unavailable, too many requests).</summary>
public sealed record NoticePageText(
    [Help("ページの題名です。", "The page's title.")]
    LocalizedText Title,
    [Help("ページの本文です。送信内容が保存されたかどうかをはっきり書きます。", "The page's text; say plainly whether anything was saved.")]
    LocalizedText Body);

/// <summary>The labels of the three inputs of a date.</summary>
public sealed record DatePartsText(
    [Help("年の入力欄の名前です。", "The label of the year input.")]
    LocalizedText Year,
    [Help("月の入力欄の名前です。", "The label of the month input.")]
    LocalizedText Month,
    [Help("日の入力欄の名前です。", "The label of the day input.")]
    LocalizedText Day);
