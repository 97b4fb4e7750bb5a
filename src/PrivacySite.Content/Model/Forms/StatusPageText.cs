namespace PrivacySite.Content.Model.Forms;

/// <summary>
/// The status page (/api/inquiries/status/{lang}): a member types the reference number and the secret
/// code from the receipt or the acknowledgement e-mail and sees where the inquiry stands, with no account.
/// </summary>
public sealed record StatusPageText(
    [Help("受付状況のページの題名です。", "The status page's title.")]
    LocalizedText Title,
    [Help("入力欄の上に表示する説明です（確認コードがどこに書いてあるか）。", "The text above the form: where the reference and the code are found.")]
    LocalizedText Intro,
    [Help("受付番号の入力欄の名前です。", "The label of the reference number's input.")]
    LocalizedText ReferenceLabel,
    [Help("受付番号の入力欄の補足（例）です。", "The hint under the reference number's input, such as an example.")]
    LocalizedText ReferenceHint,
    [Help("確認コードの入力欄の名前です。", "The label of the code's input.")]
    LocalizedText CodeLabel,
    [Help("確認コードの入力欄の補足です。", "The hint under the code's input.")]
    LocalizedText CodeHint,
    [Help("確認するボタンの文言です。", "The label of the button.")]
    LocalizedText Submit,
    [Help("受付番号と確認コードの組み合わせで見つからなかったときのお知らせです。どちらが違うかは書きません。",
        "What the page says when the reference and the code do not open an inquiry; it never says which of the two is wrong.")]
    MessagePageText NotFound,
    [Help("短い時間に何度も確認されたときのお知らせです。", "What the page says after too many attempts in a short time.")]
    MessagePageText TooMany,
    [Help("このページ以外から送られた確認を断るときのお知らせです。", "What the page says when the check was not sent from this page.")]
    MessagePageText Refused,
    [Help("受付状況の見出しと項目名です。", "The heading and labels of the status shown.")]
    StatusResultText Result,
    [Help("状況ごとの名前と説明です。", "The name and explanation of each status.")]
    StatusNames Statuses,
    [Help("受付完了のページに表示する確認コードの文言です。", "The words shown with the code on the confirmation page.")]
    StatusCodeNotice Receipt);

/// <summary>The labels of the status shown for a reference and code that match.</summary>
public sealed record StatusResultText(
    [Help("受付状況の見出しです。", "The heading of the status.")]
    LocalizedText Title,
    [Help("受付番号の項目名です。", "The label of the reference number.")]
    LocalizedText Reference,
    [Help("種類の項目名です。", "The label of the kind.")]
    LocalizedText Kind,
    [Help("状況の項目名です。", "The label of the status.")]
    LocalizedText Status,
    [Help("回答期限の項目名です。", "The label of the due date.")]
    LocalizedText Due,
    [Help("回答期限を延長したときの項目名です。", "The label of the due date when it was extended.")]
    LocalizedText Extended,
    [Help("延長の理由の項目名です。", "The label of the reason for an extension.")]
    LocalizedText ExtendedReason,
    [Help("お送りいただきたいものの見出しです。", "The heading of what the office still needs.")]
    LocalizedText NeedsTitle,
    [Help("お送りいただくものがないときの一文です。", "The sentence when the office needs nothing more.")]
    LocalizedText NothingNeeded,
    [Help("別の受付番号を確認するリンクの文言です。", "The words of the link to check another reference.")]
    LocalizedText CheckAnother);

/// <summary>Each status's name and a sentence on what it means for the member.</summary>
public sealed record StatusNames(
    [Help("受け付けた直後の状況です。", "Just received.")]
    StatusWording Received,
    [Help("本人確認ができた状況です。", "Identity confirmed.")]
    StatusWording IdentityVerified,
    [Help("書類をお待ちしている状況です。", "Waiting for documents.")]
    StatusWording AwaitingDocuments,
    [Help("対応中の状況です。", "Being dealt with.")]
    StatusWording InProgress,
    [Help("回答済みの状況です。", "Answered.")]
    StatusWording Answered,
    [Help("お応えできなかった状況です。", "Refused.")]
    StatusWording Refused,
    [Help("取り下げられた状況です。", "Withdrawn.")]
    StatusWording Withdrawn);

public sealed record StatusWording(
    [Help("状況の名前です。", "The status's name.")]
    LocalizedText Name,
    [Help("この状況が会員にとって何を意味するかの説明です。", "What the status means for the member.")]
    LocalizedText Description);

/// <summary>The code on the confirmation page: its label, what it is for, and the link to the status page.</summary>
public sealed record StatusCodeNotice(
    [Help("確認コードの前に表示する文言です。", "The words before the code.")]
    LocalizedText Label,
    [Help("確認コードの使い方と、他の人に知らせないことの説明です。", "What the code is for, and that it is to be kept private.")]
    LocalizedText Note,
    [Help("受付状況のページへのリンクの文言です。", "The words of the link to the status page.")]
    LocalizedText Link);
