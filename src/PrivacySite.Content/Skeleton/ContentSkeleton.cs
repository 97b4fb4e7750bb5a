using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Content.Model.Emails;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Schemas;

namespace PrivacySite.Content.Skeleton;

/// <summary>
/// `privacysite new`: a content folder for a new society. Its facts (site.yaml, the notice's required
/// sections, the home page and the forms' data page) are written from the model with a visible
/// <see cref="SkeletonYaml.Marker"/> for each fact; the product's standard wording (the forms' words, the
/// e-mails, the UI strings, the holiday calendar) is copied from an existing content folder, for the
/// society to adapt; the schemas are written for editors' tools.
/// </summary>
public static class ContentSkeleton
{
    /// <summary>The files of standard wording copied as they are, not a society's facts.</summary>
    private static readonly string[] StandardWording =
        [FormsContent.FieldsFile, FormsContent.MessagesFile, FormsContent.PagesFile, EmailTexts.File, ContentLoader.HolidaysFile, .. Languages.All.Select(UiStringsLoader.File)];

    /// <summary>Why the folder cannot be written: it must be new or empty, and the wording's folder must hold the standard files (<paramref name="missing"/>).</summary>
    public static SkeletonProblem Problem(string target, string wordingFrom, out IReadOnlyList<string> missing)
    {
        missing = [.. StandardWording.Where(f => !File.Exists(Path.Combine(wordingFrom, f)))];
        return Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() ? SkeletonProblem.TargetNotEmpty
            : missing.Count > 0 ? SkeletonProblem.WordingMissing
            : SkeletonProblem.None;
    }

    /// <summary>Writes the folder; returns its files, relative to it, in the order written.</summary>
    public static IReadOnlyList<string> Write(string target, string wordingFrom)
    {
        var written = new List<string>();
        foreach (var kind in YamlFileKind.All.Where(k => !k.Optional && !StandardWording.Contains(k.RelativePath)))
        {
            var schema = SchemaCatalog.All.Single(s => s.File == kind.SchemaFile);
            written.Add(Save(target, kind.RelativePath, SkeletonYaml.For(kind.RootType, schema.ModelineFor(kind.RelativePath))));
        }

        foreach (var file in StandardWording)
        {
            written.Add(Save(target, file, File.ReadAllText(Path.Combine(wordingFrom, file))));
        }

        var privacyPage = ContentLoader.LoadData(wordingFrom, new Diagnostics.DiagnosticBag()).Content?.Forms.Pages.Privacy.Page ?? "form-data";
        foreach (var slug in new[] { Markdown.PageLinks.HomeSlug, privacyPage })
        {
            foreach (var language in Languages.All)
            {
                written.Add(Save(target, $"{MarkdownPageLoader.Folder}/{slug}.{language.Code()}.md", Page(language)));
            }
        }

        SchemaCatalog.WriteAll(target);
        written.AddRange(SchemaCatalog.All.Select(s => s.File));
        return written;
    }

    private static string Page(Language language)
    {
        var frontMatter = SkeletonYaml.For(typeof(PageFrontMatter), "---").TrimEnd('\n');
        var body = language == Language.Ja ? "このページの本文を書きます。" : "Write this page's text.";
        return $"{frontMatter}\n---\n{SkeletonYaml.Marker} {body}\n";
    }

    private static string Save(string target, string relative, string text)
    {
        var path = Path.Combine(target, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return relative;
    }
}

/// <summary>What stops `privacysite new` before it writes anything.</summary>
public enum SkeletonProblem
{
    None,
    TargetNotEmpty,
    WordingMissing,
}
