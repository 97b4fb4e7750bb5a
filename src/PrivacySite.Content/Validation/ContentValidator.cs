using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation.Rules;

namespace PrivacySite.Content.Validation;

/// <summary>The validate stage: runs every rule over the loaded content.</summary>
public static class ContentValidator
{
    private static readonly IContentRule[] Rules =
    [
        new PagesInBothLanguagesRule(),
        new UiStringsInBothLanguagesRule(),
        new TranslationRule(),
    ];

    /// <summary>Runs the content's own rules, then <paramref name="extraRules"/> from libraries that know more (such as the forms' fields).</summary>
    public static void Validate(ContentSet content, DiagnosticBag diagnostics, params IContentRule[] extraRules)
    {
        foreach (var rule in Rules.Concat(extraRules))
        {
            rule.Check(content, diagnostics);
        }
    }
}
