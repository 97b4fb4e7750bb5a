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
        new EmptyListStatementRule(),
        new NoticeNumbersRule(),
    ];

    public static void Validate(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.Check(content, diagnostics);
        }
    }
}
