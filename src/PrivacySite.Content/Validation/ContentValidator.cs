using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation.Rules;

namespace PrivacySite.Content.Validation;

/// <summary>The validate stage: runs every rule over the loaded content.</summary>
public static class ContentValidator
{
    private static IContentRule[] Rules(TimeProvider clock) =>
    [
        new PagesInBothLanguagesRule(),
        new UiStringsInBothLanguagesRule(),
        new TranslationRule(),
        new UntranslatedPagesRule(),
        new NavOrderRule(),
        new SiteLanguagesRule(),
        new DuplicateIdRule(),
        new FormatRule(),
        new DatesNotInFutureRule(clock),
        new RevisionHistoryRule(),
        new MarkdownRule(),
        new SchemaModelineRule(),
        new EmptyListStatementRule(),
        new NoticeNumbersRule(),
        new HolidayCalendarRule(clock),
    ];

    /// <param name="clock">What "today" is for date checks; the system clock unless a test decides.</param>
    /// <param name="extraRules">Rules from libraries that know more than the content model (such as the forms' fields).</param>
    public static void Validate(ContentSet content, DiagnosticBag diagnostics, TimeProvider? clock = null, params IContentRule[] extraRules)
    {
        foreach (var rule in Rules(clock ?? TimeProvider.System).Concat(extraRules))
        {
            rule.Check(content, diagnostics);
        }
    }
}
