using PrivacySite.Content.History;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Content.Model.Emails;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Model;

/// <summary>Everything loaded from the content folder: the input of validation and rendering.</summary>
public sealed record ContentSet(
    string Root,
    SiteSettings Settings,
    IReadOnlyDictionary<Language, UiStrings> Strings,
    IReadOnlyList<MarkdownPage> Pages,
    IReadOnlyDictionary<string, SourceMap> SourceMaps,
    PrivacyNotice Notice,
    FormsContent Forms,
    HolidayCalendar Holidays,
    EmailTexts Emails)
{
    /// <summary>English texts left behind by a change of their Japanese, from the git history (none without one).</summary>
    public IReadOnlyList<TranslationDrift> Drift { get; init; } = [];

    /// <summary>Each YAML data file with the record loaded from it (the sections the society added in YAML too), for rules that walk them all.</summary>
    public IEnumerable<(string File, object Model)> YamlFiles() =>
        YamlFileKind.All.Select(kind => (kind.RelativePath, Model: Model(kind))).Where(f => f.Model is not null).Select(f => (f.RelativePath, f.Model!))
            .Concat(Notice.Extras.Where(e => e.Section is ExtraSection).Select(e => (e.File, (object)e.Section)));

    private object? Model(YamlFileKind kind) => kind.RootType switch
    {
        var t when t == typeof(SiteSettings) => Settings,
        var t when t == typeof(FieldTexts) => Forms.Fields,
        var t when t == typeof(FormMessages) => Forms.Messages,
        var t when t == typeof(FormPages) => Forms.Pages,
        var t when t == typeof(HolidayCalendar) => Holidays,
        var t when t == typeof(EmailTexts) => Emails,
        var t => Notice.Find(t),
    };
}
