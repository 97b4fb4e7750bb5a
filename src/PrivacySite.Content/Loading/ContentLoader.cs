using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Content.Model.Emails;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Loading;

/// <summary>The load stage: reads the content folder, collecting every problem met.</summary>
public static class ContentLoader
{
    public const string SiteFile = "site.yaml";
    public const string HolidaysFile = "calendar/holidays.yaml";
    private const string NoticeFolder = "notice";

    public static LoadedContent Load(string root, DiagnosticBag diagnostics) => Load(root, diagnostics, withPages: true);

    /// <summary>The data files and UI strings only, without the Markdown pages (<see cref="ContentSet.Pages"/> is empty): what the intake service serves.</summary>
    public static LoadedContent LoadData(string root, DiagnosticBag diagnostics) => Load(root, diagnostics, withPages: false);

    private static LoadedContent Load(string root, DiagnosticBag diagnostics, bool withPages)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Add(DiagnosticDescriptors.ContentFolderMissing, new SourceLocation(root), Path.GetFullPath(root));
            return new LoadedContent(null, []);
        }

        var files = new ContentFiles(root, diagnostics);
        var maps = new Dictionary<string, SourceMap>(StringComparer.Ordinal);
        var data = new List<LoadedRecord>();
        var expected = 0;
        foreach (var kind in YamlFileKind.All)
        {
            expected += kind.Optional && files.Find(kind.RelativePath, out var refused) is null && !refused ? 0 : 1;
            var (value, map) = YamlFileReader.Load(files, kind, diagnostics);
            maps[map.File] = map;
            if (value is not null)
            {
                data.Add(new LoadedRecord(kind.RelativePath, value, map));
            }
        }

        ReportUnknownNoticeFiles(files, diagnostics);

        var strings = new Dictionary<Language, UiStrings>();
        foreach (var language in Languages.All)
        {
            var (loaded, map) = UiStringsLoader.Load(files, language, diagnostics);
            strings[language] = loaded;
            maps[map.File] = map;
        }

        var pages = withPages ? MarkdownPageLoader.LoadAll(files, diagnostics) : [];
        foreach (var (_, map) in pages)
        {
            maps[map.File] = map;
        }

        // A data file that did not load has been reported; the whole set is only built from complete data.
        var models = data.Select(d => d.Model).ToList();
        var content = data.Count < expected
            ? null
            : new ContentSet(
                Path.GetFullPath(root),
                models.OfType<SiteSettings>().Single(),
                strings,
                [.. pages.Select(p => p.Page)],
                maps,
                new PrivacyNotice([.. models.Where(d => d is not (SiteSettings or HolidayCalendar or EmailTexts) && !FormsContent.Holds(d))]),
                FormsContent.From(models),
                models.OfType<HolidayCalendar>().Single(),
                models.OfType<EmailTexts>().Single());
        return new LoadedContent(content, [.. data, .. pages.Select(p => new LoadedRecord(p.Page.File, p.Page.FrontMatter, p.Map))]);
    }

    /// <summary>A file in notice/ that is no section would be silently left off the site: say so, naming the sections.</summary>
    private static void ReportUnknownNoticeFiles(ContentFiles files, DiagnosticBag diagnostics)
    {
        var known = YamlFileKind.All.Select(k => k.RelativePath).Where(p => p.StartsWith(NoticeFolder + "/", StringComparison.Ordinal)).ToList();
        foreach (var entry in files.Under(NoticeFolder, ""))
        {
            if (!known.Contains(entry.File, StringComparer.Ordinal) && !Path.GetFileName(entry.File).StartsWith('.'))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownNoticeFile, new SourceLocation(entry.File), entry.File,
                    string.Join(", ", known.Select(k => k[(NoticeFolder.Length + 1)..])));
            }
        }
    }
}
