using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>Every Markdown page exists in Japanese and in English.</summary>
internal sealed class PagesInBothLanguagesRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var group in content.Pages.GroupBy(p => p.Slug))
        {
            foreach (var language in Languages.All.Where(l => group.All(p => p.Language != l)))
            {
                var existing = group.First();
                var missingFile = existing.File[..^(".xx.md".Length)] + $".{language.Code()}.md";

                // A file that exists but could not be loaded has had its own problems reported.
                if (!File.Exists(Path.Combine(content.Root, missingFile)))
                {
                    diagnostics.Add(DiagnosticDescriptors.PageMissingLanguage, new SourceLocation(existing.File, 1, 1),
                        group.Key, Phrases.Language(language), missingFile);
                }
            }
        }
    }
}
