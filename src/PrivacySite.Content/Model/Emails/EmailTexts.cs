namespace PrivacySite.Content.Model.Emails;

/// <summary>
/// content/emails/messages.yaml: the subject and body of every e-mail the service sends members, in both
/// languages. <c>{reference}</c> and the other placeholders are filled in when it is sent; which ones
/// each e-mail may use is checked.
/// </summary>
[Help("会員に送るメールの件名と本文です。{reference} などの差し込み項目は送るときに置き換わります。",
    "The subject and body of each e-mail sent to members. Placeholders such as {reference} are filled in when it is sent.")]
public sealed record EmailTexts(
    [Help("メールごとの件名と本文です。すべてのメールが必要です。", "One entry per e-mail; every e-mail needs one.")]
    IReadOnlyList<EmailText> Emails)
{
    public const string File = "emails/messages.yaml";

    /// <summary>The entry of the e-mail named <paramref name="name"/>; null when content lacks it (which <c>check</c> reports).</summary>
    public EmailText? Find(string name) => Emails.FirstOrDefault(e => e.Name == name);
}

public sealed record EmailText(
    [Help("メールの種類（プログラム側の名前。変えないでください）です。", "The e-mail's name in code; do not change it.")]
    string Name,
    [Help("件名です。", "The subject line.")]
    LocalizedText Subject,
    [Help("本文です。空行で段落を分けます。", "The body; a blank line starts a new paragraph.")]
    LocalizedText Body);
