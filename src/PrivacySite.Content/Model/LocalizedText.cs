namespace PrivacySite.Content.Model;

/// <summary>
/// A string an editor writes in both languages, side by side in the YAML:
/// <c>{ ja: …, en: … }</c>. <c>untranslated: true</c> with no <c>en</c> marks text
/// whose English is still to come: the English page then shows the Japanese.
/// </summary>
public sealed record LocalizedText(string Ja, string? En = null, bool? Untranslated = null)
{
    public string this[Language language] => language == Language.En && !string.IsNullOrEmpty(En) ? En : Ja;

    /// <summary>True when the English page has to fall back to the Japanese text.</summary>
    public bool IsFallback(Language language) => language == Language.En && string.IsNullOrEmpty(En);

    public override string ToString() => Ja;
}
