using PrivacySite.Content.Validation;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// The ids of the notice's headings, table rows and sections, decided from the model alone: the
/// theme's components give their elements these ids, and the link check reads the same list, so
/// checking a link to the notice never needs the notice rendered. A part's id is the section's
/// slug and the part's name (requests-kinds); numbered parts count from 1 (purposes-2).
/// </summary>
public static class NoticeAnchors
{
    public const string Types = "types";
    public const string NotNotified = "not-notified";
    public const string Abroad = "abroad";
    public const string Tasks = "tasks";
    public const string Terms = "terms";
    public const string Exceptions = "exceptions";
    public const string NotThirdParties = "not-third-parties";
    public const string Uses = "uses";
    public const string Exchanges = "exchanges";
    public const string Safeguards = "safeguards";
    public const string Kinds = "kinds";
    public const string How = "how";
    public const string Identity = "identity";
    public const string Refusal = "refusal";
    public const string MedicalFeeStatements = "medical-fee-statements";
    public const string Contact = "contact";
    public const string Handling = "handling";
    public const string Accredited = "accredited";
    public const string Periods = "periods";
    public const string Disposal = "disposal";

    public static string Part(string slug, string part) => $"{slug}-{part}";

    public static string Numbered(string slug, int number) => $"{slug}-{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The row of one kind of request in the requests table, by its key (purpose_notice → requests-purpose-notice).</summary>
    public static string KindRow(string slug, string key) => Part(slug, key.Replace('_', '-'));

    /// <summary>Every id in one section's body, for its loaded record (a notice file's, or the handler).</summary>
    public static IEnumerable<string> Of(string slug, object model) => model switch
    {
        PurposesOfUse m => [.. NumberedParts(slug, m.CategoryList.Count), .. When(m.TypeRows.Count > 0, slug, Types), .. m.NotNotified is { } n ? Listed(slug, NotNotified, n) : []],
        SafetyMeasures m => [.. NumberedParts(slug, m.Categories.Count), .. m.ExternalEnvironment is null ? [] : new[] { Part(slug, Abroad) }],
        Consignment m => [.. When(m.Tasks.Count > 0, slug, Tasks), .. Listed(slug, Terms, m.Terms)],
        JointUse m => NumberedParts(slug, m.Entries.Count),
        ExtraSection m => [.. Enumerable.Range(1, m.Parts.Count).Where(n => m.Parts[n - 1].Title is not null).Select(n => Numbered(slug, n))],
        MarkdownSection m => [.. Languages.All.SelectMany(l => m[l].Markdown.Headings.Select(h => h.Id)).Distinct(StringComparer.Ordinal)],
        RetentionAndDisposal m => [.. When(m.Periods is { Rows.Count: > 0 }, slug, Periods), .. m.Disposal is { } d ? Listed(slug, Disposal, d) : []],
        ThirdPartyProvision m => [.. Listed(slug, Exceptions, m.Exceptions), .. m.NotThirdParties is { } n ? Listed(slug, NotThirdParties, n) : []],
        MyNumberUse m => [.. Listed(slug, Uses, m.Uses), .. When(m.Exchanges.Partners.Count > 0, slug, Exchanges), .. Listed(slug, Safeguards, m.Safeguards)],
        RequestProcedures m =>
        [
            Part(slug, Kinds), .. m.Kinds.Select(k => KindRow(slug, k.Key)), Part(slug, How), Part(slug, Identity),
            .. Listed(slug, Refusal, m.RefusalGrounds), Part(slug, MedicalFeeStatements),
        ],
        ComplaintHandling m => m.AccreditedOrganisation is null
            ? [Part(slug, Contact), Part(slug, Handling)]
            : [Part(slug, Contact), Part(slug, Handling), Part(slug, Accredited)],
        _ => [],
    };

    /// <summary>
    /// The ids on each page of the notice in each language: a section's page has its body's; the
    /// full notice has every section's, each under a heading whose id is the section's slug.
    /// </summary>
    public static IReadOnlyList<PageAnchors> Pages(ContentSet content)
    {
        var sections = Sections(content).ToList();
        var files = NoticePages.AllOf(content.Notice).ToDictionary(p => p.Slug, p => p.File);
        var pages = sections
            .Select(s => (s.Slug, Ids: Of(s.Slug, s.Model)))
            .Append((Slug: NoticePages.FullNoticeSlug, Ids: sections.SelectMany(s => Of(s.Slug, s.Model).Prepend(s.Slug))));
        return
        [
            .. from page in pages
               let ids = page.Ids.ToHashSet(StringComparer.Ordinal)
               from language in Languages.All
               select new PageAnchors(page.Slug, language, files[page.Slug], ids),
        ];
    }

    private static IEnumerable<(string Slug, object Model)> Sections(ContentSet content) =>
        NoticePages.SectionsOf(content.Notice).Select(s => (s.Slug, (object)s.Section))
            .Prepend((NoticePages.HandlerSlug, content.Settings.Handler));

    /// <summary>A headed list's id, when the list has items: an empty list is not drawn (<c>TitledListBlock</c>), so it has no heading to link to.</summary>
    private static IEnumerable<string> Listed(string slug, string part, TitledList list) => When(list.Items.Count > 0, slug, part);

    private static IEnumerable<string> When(bool drawn, string slug, string part) => drawn ? [Part(slug, part)] : [];

    private static IEnumerable<string> NumberedParts(string slug, int count) => Enumerable.Range(1, count).Select(n => Numbered(slug, n));
}
