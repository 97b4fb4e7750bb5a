using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>Every bilingual text has its English, or says plainly that it is still untranslated.</summary>
internal sealed class TranslationRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var (file, model) in content.YamlFiles())
        {
            var map = content.SourceMaps[file];
            foreach (var (path, text) in ModelWalker.Find<LocalizedText>(model))
            {
                if (!string.IsNullOrWhiteSpace(text.En))
                {
                    continue;
                }

                if (text.Untranslated == true)
                {
                    diagnostics.Add(DiagnosticDescriptors.Untranslated, map[path], path);
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.MissingTranslation, map[path], path);
                }
            }
        }
    }
}
