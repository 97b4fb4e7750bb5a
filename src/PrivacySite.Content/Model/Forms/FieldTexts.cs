namespace PrivacySite.Content.Model.Forms;

/// <summary>
/// content/forms/fields.yaml: what each field of the online forms is called and how it is explained.
/// The fields themselves (kind, length, rules) are defined in code, in PrivacySite.Inquiries.
/// </summary>
[Help("オンラインフォームの各項目の名前と説明です。項目そのものはプログラムで決まっています。", "The names and help of the online forms' fields; the fields themselves are defined in code.")]
public sealed record FieldTexts(
    [Help("項目ごとの名前と説明です。フォームのすべての項目が必要です。", "One entry per field; every field of the forms needs one.")]
    IReadOnlyList<FieldText> Fields);

/// <summary>The label and help of one form field, and of each of its choices.</summary>
public sealed record FieldText(
    [Help("項目の名前（プログラム側の名前。変えないでください）です。", "The field's name in code; do not change it.")]
    string Name,
    [Help("画面に表示する項目名です。", "The label shown on the form.")]
    LocalizedText Label,
    [Help("項目名の下に表示する補足説明です。", "Help shown under the label.")]
    LocalizedText? Hint = null,
    [Help("選択肢の表示名です。選択式の項目ではすべての選択肢が必要です。", "The labels of the choices; a choice field needs one per choice.")]
    IReadOnlyList<OptionText>? Options = null,
    [Help("この個人情報をお尋ねする理由です。氏名・住所・連絡先など、個人についての項目には必要です。",
        "Why the form asks for this personal item; every field about a person (name, address, contact…) needs one.")]
    LocalizedText? Why = null,
    [Help("いくつかの欄に分けて入力する項目（生年月日、住所）の、欄ごとの名前です。", "The labels of the inputs of a field entered in parts (date of birth, address).")]
    IReadOnlyList<PartText>? Parts = null,
    [Help("エラーメッセージの {label} に入る項目の呼び方です（日本語は「」の中、英語は文の途中に入る小文字で始まる名詞句。例: the member's full name）。省くと項目名を使います。",
        "What the error messages call the field in place of {label}: in English a noun phrase in lower case that fits inside a sentence, such as \"the member's full name\". Without it the label is used.")]
    LocalizedText? MessageName = null,
    [Help("false にすると、フォームはこの項目を尋ねません（尋ねない項目を受付サービスは受け付けません）。省けるのは、保険証の記号・番号、電話番号、メールアドレス、ご希望の対応だけです。電話番号かメールアドレスを省くと、回答方法からもその方法がなくなります。",
        "false: the forms do not ask this item, and the service refuses it if sent. Only the insurance card's symbol and number, the phone number, the e-mail address and the desired response may be left out; leaving out the phone or e-mail address also takes that way of answering off the form.")]
    bool? Asked = null);

/// <summary>One choice of a radio or checkbox field.</summary>
public sealed record OptionText(
    [Help("選択肢の値（プログラム側の値。変えないでください）です。", "The choice's value in code; do not change it.")]
    string Value,
    [Help("画面に表示する選択肢の名前です。", "The label shown for the choice.")]
    LocalizedText Label,
    [Help("選択肢の下に表示する補足説明です。", "Help shown under the choice.")]
    LocalizedText? Hint = null);

/// <summary>The label of one input of a field entered in parts, such as the year of a date or the city of an address.</summary>
public sealed record PartText(
    [Help("欄の名前（プログラム側の名前。変えないでください）です。", "The part's name in code; do not change it.")]
    string Name,
    [Help("画面に表示する欄の名前です。", "The label shown for the part.")]
    LocalizedText Label);
