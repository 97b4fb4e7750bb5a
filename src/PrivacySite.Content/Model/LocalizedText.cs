namespace PrivacySite.Content.Model;

/// <summary>
/// A string an editor writes in both languages, side by side in the YAML:
/// <c>{ ja: …, en: … }</c>. <c>untranslated: true</c> with no <c>en</c> marks text
/// whose English is still to come: the English page then shows the Japanese.
/// </summary>
[Help("日本語 (ja) と英語 (en) を並べて書く文です。", "A text written in Japanese (ja) and English (en) side by side.")]
public sealed record LocalizedText(
    [Help("日本語の文（原文）です。", "The Japanese text, the original.")]
    string Ja,
    [Help("英語の文です。まだ訳せないときは省いて 'untranslated: true' を書きます。",
        "The English text. If it is not ready yet, leave it out and write 'untranslated: true'.")]
    string? En = null,
    [Help("英語がまだないときに true にします。英語のページには日本語が「未翻訳」の注記付きで表示されます。",
        "true while the English is still to come: the English page shows the Japanese, with a note.")]
    bool? Untranslated = null)
{
    public string this[Language language] => language == Language.En && !string.IsNullOrEmpty(En) ? En : Ja;

    /// <summary>True when the English page has to fall back to the Japanese text.</summary>
    public bool IsFallback(Language language) => language == Language.En && string.IsNullOrEmpty(En);

    public override string ToString() => Ja;
}
