using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>Every bilingual text has its English, or says plainly that it is still untranslated.</summary>
internal sealed class TranslationRule : RecordRule
{
    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, text) in ModelWalker.Find<LocalizedText>(model))
        {
            var descriptor = (HasEnglish: !string.IsNullOrWhiteSpace(text.En), Marked: text.Untranslated == true) switch
            {
                (true, true) => DiagnosticDescriptors.TranslatedButMarked,
                (true, false) => null,
                (false, true) => DiagnosticDescriptors.Untranslated,
                (false, false) => DiagnosticDescriptors.MissingTranslation,
            };
            if (descriptor is not null)
            {
                // A missing 'en:' belongs under the text's key; an empty one is where it was written.
                var english = SourceMap.Join(path, "en");
                var location = descriptor == DiagnosticDescriptors.MissingTranslation && !map.Contains(english) ? map.KeyOf(path) : map[path];
                diagnostics.Add(descriptor, location, path);
            }
        }
    }
}
