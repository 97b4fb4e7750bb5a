namespace PrivacySite.Content.Model.Forms;

/// <summary>content/forms/pages.yaml: the words of the pages around the forms (titles, error page, receipt, messages).</summary>
[Help("フォームの前後に表示するページの文言です。", "The words of the pages around the online forms.")]
public sealed record FormPages(
    [Help("フォームごとの題名と前置きです。", "The title and introduction of each form.")]
    IReadOnlyList<FormTitle> Forms,
    [Help("入力内容に誤りがあったときのページの文言です。", "The words of the page shown when a form has mistakes.")]
    ErrorPageText Error,
    [Help("受付完了のページの文言です。", "The words of the confirmation page.")]
    ReceiptPageText Receipt,
    [Help("受付ができないとき（保存先の障害）のページです。", "The page shown when submissions cannot be stored.")]
    MessagePageText Unavailable,
    [Help("受付番号が正しくないときのページです。", "The page shown for a malformed reference number.")]
    MessagePageText InvalidReference,
    [Help("送信が多すぎるときのページです。", "The page shown after too many submissions.")]
    MessagePageText TooManyRequests,
    [Help("受付番号と確認コードで受付状況を確認するページの文言です。", "The words of the page where a member checks the status with the reference and the code.")]
    StatusPageText Status,
    [Help("任意の項目に付ける表示です（例: ※任意）。", "The mark on optional fields, such as (optional).")]
    LocalizedText Optional,
    [Help("日本語のフォームで必須の項目に付ける表示です（例: ※必須）。英語のフォームは任意の項目だけに印を付けるので、英語はありません。",
        "The mark on required fields of the Japanese forms, such as ※必須. The English forms mark only optional fields, so it has no English.")]
    RequiredMark Required,
    [Help("選んだ回答方法で必要になる連絡先の項目（電子メール、電話、郵便番号・住所）に付ける表示です（例: ※回答方法に選んだときは必須）。",
        "The mark on a contact field that is needed only for the way of answering chosen (e-mail, phone, postal address), such as (needed if we answer this way).")]
    LocalizedText RequiredIfChosen,
    [Help("送信ボタンの文言です。", "The label of the send button.")]
    LocalizedText Submit,
    [Help("送信中のボタンの文言です（JavaScript が有効なとき）。", "The button's label while the form is being sent (with JavaScript).")]
    LocalizedText Sending,
    [Help("郵便番号から住所の一部を入力したときに読み上げる文です（site.yaml の postcode_lookup が true のとき）。", "Said when part of the address was filled from the postcode (when postcode_lookup in site.yaml is true).")]
    LocalizedText PostcodeFilled,
    [Help("インターネットに接続されておらず送信できなかったときのお知らせです（JavaScript が有効なとき）。", "What the form says when the device is offline, so nothing was sent (with JavaScript).")]
    MessagePageText Offline,
    [Help("送信したが応答がなかったときのお知らせです。届いたかどうか分からないこと、再送信しても二重にならないことを書きます（JavaScript が有効なとき）。",
        "What the form says when the service did not answer: the form may or may not have arrived, and sending it again never records it twice (with JavaScript).")]
    MessagePageText NoAnswer,
    [Help("フォームを使えないプレビュー版のサイトで、フォームの代わりに表示するお知らせです。", "Shown instead of the form on preview builds that cannot reach the intake service.")]
    MessagePageText Disabled,
    [Help("フォームで受け取る個人情報の取扱いについての一文と、説明のページへのリンクです。", "A sentence on how the form's own data is handled, and the link to the page that explains it.")]
    FormPrivacyText Privacy,
    [Help("請求フォームで本人確認書類のファイルを送る欄の文言です。ないときは、フォームにファイルの欄を出しません。",
        "The words of the request form's part for sending identity documents as files. Without it, the form has no file input.")]
    UploadText? Upload = null);

/// <summary>The request form's file input for identity documents: its label, limits, notes and, with JavaScript, the progress.</summary>
public sealed record UploadText(
    [Help("ファイルの欄の見出しです。", "The heading of the file input.")]
    LocalizedText Label,
    [Help("送れるファイルの種類・数・大きさの説明です。", "Which files, how many and how large.")]
    LocalizedText Hint,
    [Help("請求する方ごとに必要な書類の一覧の前に置く見出しです。一覧は notice/requests.yaml の identity から表示します。",
        "The heading before the documents needed for the kind of requester chosen; the documents come from identity in notice/requests.yaml.")]
    LocalizedText NeedsTitle,
    [Help("ファイルを送る前に読んでいただく注意です（マイナンバーカードは表面だけ、保険証の記号・番号を隠すか、郵送もできること）。",
        "Notes to read before sending files (only the front of a My Number card, whether to mask the insurance card's symbol and number, posting copies stays possible).")]
    IReadOnlyList<LocalizedText> Notes,
    [Help("送信中に進み具合とともに表示する文言です（JavaScript が有効なとき）。", "Shown with the progress while the files are sent (with JavaScript).")]
    LocalizedText Progress);

/// <summary>
/// The mark Japanese forms put on required fields (※必須), as members know it from public-sector forms
/// (the Digital Agency design system); English forms follow GOV.UK and mark only the optional ones.
/// </summary>
public sealed record RequiredMark(
    [Help("必須の項目に付ける表示です。", "The mark on required fields, in Japanese.")]
    string Ja);

/// <summary>The title and introduction of one form, by inquiry kind (request, complaint).</summary>
public sealed record FormTitle(
    [Help("フォームの種類（request（開示等の請求）または complaint（苦情・相談））です。", "The kind of form: request (a request about one's data) or complaint.")]
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
    [Help("受付番号を控えるよう促す一文です（印刷できることなど）。", "A sentence asking the person to keep the reference number, for example by printing the page.")]
    LocalizedText KeepReference,
    [Help("この後の流れの説明です。", "What happens next.")]
    LocalizedText NextSteps,
    [Help("開示等の請求の後に送る本人確認書類の見出しです。", "The heading above the identity documents to send after a request.")]
    LocalizedText DocumentsTitle,
    [Help("本人確認書類の送り方・持参の仕方の説明です。書類の一覧は notice/requests.yaml の identity から表示します。",
        "How to send or bring the identity documents; the documents themselves come from identity in notice/requests.yaml.")]
    LocalizedText DocumentsIntro,
    [Help("手数料と回答までの日数の見出しです。", "The heading above the fees and response times.")]
    LocalizedText FeesTitle,
    [Help("手数料の支払い方についての説明です。金額と日数は notice/requests.yaml から表示します。",
        "How fees are paid; the amounts and days come from notice/requests.yaml.")]
    LocalizedText FeesIntro,
    [Help("問い合わせ先の見出しです。", "The heading of the contact details.")]
    LocalizedText Contact,
    [Help("受付内容（受付日時、種類、回答の予定日）の見出しと項目名です。", "The heading and labels of what was received (when, what kind, when we aim to answer).")]
    ReceiptSummaryText Summary,
    [Help("確認のメールを送らないときの一文です（メールアドレスの入力がなかったとき）。", "The sentence saying no acknowledgement e-mail is sent (no e-mail address was given).")]
    LocalizedText EmailNotSent,
    [Help("確認のメールを入力のアドレスに送るときの一文です。", "The sentence saying an acknowledgement e-mail goes to the address given.")]
    LocalizedText EmailSent);

/// <summary>The labels of the receipt's summary of what was received; the choices' own names come from fields.yaml.</summary>
public sealed record ReceiptSummaryText(
    [Help("受付内容の見出しです。", "The heading of the summary.")]
    LocalizedText Title,
    [Help("受付日時の項目名です。", "The label of the date and time received.")]
    LocalizedText Received,
    [Help("日時のあとに付ける時間帯の表示です（例:（日本時間））。", "What follows the time, such as (Japan time).")]
    LocalizedText TimeZone,
    [Help("受け付けたものの種類（開示等の請求、苦情・相談）の項目名です。", "The label of the kind received (a request, a complaint or question).")]
    LocalizedText Kind,
    [Help("回答の予定日の項目名です。", "The label of the date we aim to answer by.")]
    LocalizedText Due);

/// <summary>A page that only explains a situation (service unavailable, too many requests).</summary>
public sealed record MessagePageText(
    [Help("ページの題名です。", "The page's title.")]
    LocalizedText Title,
    [Help("ページの本文です。送信内容が保存されたかどうかをはっきり書きます。", "The page's text; say plainly whether anything was saved.")]
    LocalizedText Body);

/// <summary>How the personal information sent with a form is handled: one sentence on the form, and a page with the details.</summary>
public sealed record FormPrivacyText(
    [Help("フォームの冒頭に表示する一文です。", "The sentence shown at the top of each form.")]
    LocalizedText Text,
    [Help("説明のページへのリンクの文言です。", "The words of the link to the page with the details.")]
    LocalizedText Link,
    [Help("説明のページの名前です（content/pages/<名前>.ja.md と .en.md）。", "The name of the page with the details (content/pages/<name>.ja.md and .en.md).")]
    string Page);
