using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation.Rules;

namespace PrivacySite.Content.Validation;

/// <summary>
/// The validate stage: checks each file that loaded on its own, then, once every data file
/// loaded, the checks that look across files (pages in both languages, links).
/// </summary>
public static class ContentValidator
{
    private static RecordRule[] RecordRules(TimeProvider clock) =>
    [
        new TranslationRule(),
        new SiteLanguagesRule(),
        new DuplicateIdRule(),
        new FormatRule(),
        new DatesNotInFutureRule(clock),
        new RevisionHistoryRule(),
        new EmptyListStatementRule(),
        new NoticeNumbersRule(),
        new RequestFeesRule(),
        new DeskChannelsRule(),
        new ComplaintHandlingRule(),
        new PurposesRule(),
        new SafetyMeasuresRule(),
        new ExtraSectionPartsRule(),
        new PlainTextLinkRule(),
        new HolidayCalendarRule(clock),
    ];

    private static IContentRule[] ContentRules() =>
    [
        new PagesInBothLanguagesRule(),
        new UiStringsInBothLanguagesRule(),
        new UntranslatedPagesRule(),
        new NavOrderRule(),
        new NoticeAddressRule(),
        new ExtraSectionsRule(),
        new ApplicationMethodsRule(),
        new PageNamesRule(),
        new FormPrivacyPageRule(),
        new MarkdownRule(),
        new SchemaModelineRule(),
        new SchemaFilesRule(),
        new BlankToFillRule(),
        new TranslationDriftRule(),
    ];

    /// <param name="clock">What "today" is for date checks; the system clock unless a test decides.</param>
    /// <param name="extraRules">Rules from libraries that know more than the content model (such as the forms' fields); they run with the checks across files.</param>
    public static void Validate(LoadedContent loaded, DiagnosticBag diagnostics, TimeProvider? clock = null, params IContentRule[] extraRules) =>
        Run(loaded, diagnostics, clock, [.. ContentRules(), .. extraRules]);

    /// <summary>
    /// The checks of content loaded without its Markdown pages (<see cref="ContentLoader.LoadData"/>):
    /// every data file on its own and the UI strings across languages, not pages, links or editors' tooling.
    /// </summary>
    public static void ValidateData(LoadedContent loaded, DiagnosticBag diagnostics, TimeProvider? clock = null, params IContentRule[] extraRules) =>
        Run(loaded, diagnostics, clock, [new UiStringsInBothLanguagesRule(), .. extraRules]);

    private static void Run(LoadedContent loaded, DiagnosticBag diagnostics, TimeProvider? clock, IReadOnlyList<IContentRule> contentRules)
    {
        // Files are checked in parallel (a site has thousands of pages' front matter), each by every rule in turn.
        var recordRules = RecordRules(clock ?? TimeProvider.System);
        loaded.Records.AsParallel().ForAll(record =>
        {
            foreach (var rule in recordRules)
            {
                rule.Check(record.Model, record.Map, diagnostics);
            }
        });

        if (loaded.Content is { } content)
        {
            foreach (var rule in contentRules)
            {
                rule.Check(content, diagnostics);
            }
        }
    }
}
