namespace PrivacySite.Content.Model.Forms;

/// <summary>
/// content/forms/messages.yaml: the text shown for each error code of the intake service.
/// A text may name the field as <c>{label}</c> and the limit as <c>{max}</c>.
/// </summary>
[Help("フォームのエラーメッセージです。{label} は項目名、{max} は文字数の上限に置き換わります。", "The forms' error messages. {label} becomes the field's name, {max} the length limit.")]
public sealed record FormMessages(
    [Help("エラーの種類ごとのメッセージです。すべての種類が必要です。", "One message per error code; every code needs one.")]
    IReadOnlyList<FormMessage> Messages);

public sealed record FormMessage(
    [Help("エラーの種類（プログラム側の名前。変えないでください）です。", "The error code in code; do not change it.")]
    string Code,
    [Help("表示するメッセージです。", "The message shown.")]
    LocalizedText Text);
