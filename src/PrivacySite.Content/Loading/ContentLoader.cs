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
    private const string NoticeFolder = ExtraSectionLoader.Folder;
    private static readonly string NoticeFile = YamlFileKind.All.Single(k => k.RootType == typeof(FullNotice)).RelativePath;

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

        var declared = data.Select(d => d.Model).OfType<FullNotice>().SingleOrDefault() is { } fullNotice ? fullNotice.ExtraSections ?? [] : null;
        var extras = ExtraSectionLoader.Load(files, declared ?? [], maps[NoticeFile], diagnostics);
        foreach (var record in extras.Records)
        {
            maps[record.File] = record.Map;
        }

        // Without notice.yaml the sections it adds are unknown, so no file of notice/ can be called a mistake.
        if (declared is not null)
        {
            ReportUnknownNoticeFiles(files, declared, diagnostics);
        }

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
        var content = data.Count < expected || !extras.Complete
            ? null
            : new ContentSet(
                Path.GetFullPath(root),
                models.OfType<SiteSettings>().Single(),
                strings,
                [.. pages.Select(p => p.Page)],
                maps,
                new PrivacyNotice([.. models.Where(d => d is not (SiteSettings or HolidayCalendar or EmailTexts) && !FormsContent.Holds(d))]) { Extras = extras.Extras },
                FormsContent.From(models),
                models.OfType<HolidayCalendar>().Single(),
                models.OfType<EmailTexts>().Single());
        return new LoadedContent(content, [.. data, .. extras.Records, .. pages.Select(p => new LoadedRecord(p.Page.File, p.Page.FrontMatter, p.Map))]);
    }

    /// <summary>
    /// A file in notice/ that is neither a section nor one of the sections notice.yaml adds would be silently left
    /// off the site: say so, naming the sections and how to add one.
    /// </summary>
    private static void ReportUnknownNoticeFiles(ContentFiles files, IReadOnlyList<ExtraSectionDeclaration> declared, DiagnosticBag diagnostics)
    {
        var known = YamlFileKind.All.Select(k => k.RelativePath).Where(p => p.StartsWith(NoticeFolder + "/", StringComparison.Ordinal)).ToList();
        var added = ExtraSectionLoader.FilesOf(declared).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in files.Under(NoticeFolder, ""))
        {
            if (!known.Contains(entry.File, StringComparer.Ordinal) && !added.Contains(entry.File) && !Path.GetFileName(entry.File).StartsWith('.'))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownNoticeFile, new SourceLocation(entry.File), entry.File,
                    string.Join(", ", known.Select(k => k[(NoticeFolder.Length + 1)..])), NameOf(entry.File));
            }
        }
    }

    /// <summary>The name a file of notice/ would be declared under: notice/cookies.ja.md → cookies.</summary>
    private static string NameOf(string file)
    {
        var name = Path.GetFileName(file);
        return name[..(name.IndexOf('.') is var dot and > 0 ? dot : name.Length)];
    }
}
