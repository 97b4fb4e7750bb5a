using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Loading;

/// <summary>The load stage: reads the content folder into a <see cref="ContentSet"/>, collecting every problem met.</summary>
public static class ContentLoader
{
    public const string SiteFile = "site.yaml";
    public const string HolidaysFile = "calendar/holidays.yaml";

    public static ContentSet? Load(string root, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Add(DiagnosticDescriptors.ContentFolderMissing, new SourceLocation(root), Path.GetFullPath(root));
            return null;
        }

        var maps = new Dictionary<string, SourceMap>(StringComparer.Ordinal);
        var data = new List<object?>();
        foreach (var kind in YamlFileKind.All)
        {
            var (value, map) = YamlFileReader.Load(root, kind, diagnostics);
            data.Add(value);
            maps[map.File] = map;
        }

        var strings = new Dictionary<Language, UiStrings>();
        foreach (var language in Languages.All)
        {
            var (loaded, map) = UiStringsLoader.Load(root, language, diagnostics);
            strings[language] = loaded;
            maps[map.File] = map;
        }

        var pages = MarkdownPageLoader.LoadAll(root, diagnostics);
        foreach (var (_, map) in pages)
        {
            maps[map.File] = map;
        }

        // Any data file that did not load has been reported; the set is only built from complete data.
        return data.Any(d => d is null)
            ? null
            : new ContentSet(
                Path.GetFullPath(root),
                data.OfType<SiteSettings>().Single(),
                strings,
                [.. pages.Select(p => p.Page)],
                maps,
                new PrivacyNotice([.. data.OfType<object>().Where(d => d is not (SiteSettings or HolidayCalendar) && !FormsContent.Holds(d))]),
                FormsContent.From(data.OfType<object>()),
                data.OfType<HolidayCalendar>().Single());
    }
}
