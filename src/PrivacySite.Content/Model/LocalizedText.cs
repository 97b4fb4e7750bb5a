namespace PrivacySite.Content.Model;

/// <summary>
/// A string an editor writes in both languages, side by side in the YAML:
/// <c>{ ja: …, en: … }</c>. <c>untranslated: true</c> with no <c>en</c> marks text
/// whose English is still to come: the English page then shows the Japanese. <c>en_reviewed</c>
/// records that the English was checked after the Japanese changed.
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
    bool? Untranslated = null,
    [Help("日本語を変えた後、英語がそのままでよいことを確かめた日です（YYYY-MM-DD）。英語を変えないときに、古くなっているかもしれないという注記と警告を消します。",
        "The date you checked that the English still says what the changed Japanese says (YYYY-MM-DD): it clears the note and the warning that the English may be out of date, when the English itself needs no change.")]
    DateOnly? EnReviewed = null)
{
    public string this[Language language] => language == Language.En && !string.IsNullOrEmpty(En) ? En : Ja;

    /// <summary>True when the English page has to fall back to the Japanese text.</summary>
    public bool IsFallback(Language language) => language == Language.En && string.IsNullOrEmpty(En);

    public override string ToString() => Ja;
}
