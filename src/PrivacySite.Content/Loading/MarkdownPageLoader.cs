using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Loads content/pages/&lt;slug&gt;.&lt;lang&gt;.md: YAML front matter between '---' lines, then Markdown,
/// parsed here once for the checks and the site alike. The two languages of a page sit side by side in the folder.
/// </summary>
internal static class MarkdownPageLoader
{
    public const string Folder = "pages";

    public const string Extension = ".md";

    public static IReadOnlyList<(MarkdownPage Page, SourceMap Map)> LoadAll(ContentFiles files, DiagnosticBag diagnostics)
    {
        if (!files.HasFolder(Folder))
        {
            diagnostics.Add(DiagnosticDescriptors.RequiredFileMissing, new SourceLocation(Folder + "/"), Folder + "/");
            return [];
        }

        return [.. files.Under(Folder, Extension)
            .AsParallel().AsOrdered()
            .Select(entry => Load(entry.File, entry.FullPath, Folder, diagnostics))
            .Where(p => p.HasValue)
            .Select(p => p!.Value)];
    }

    /// <param name="file">The page's path in the content folder, "pages/guide/fees.ja.md"; <paramref name="fullPath"/> is where its bytes are.</param>
    /// <param name="folder">The folder the page's slug is taken under: pages/, or notice/ for a section the society added in Markdown.</param>
    public static (MarkdownPage, SourceMap)? Load(string file, string fullPath, string folder, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(file);
        var name = file[(folder.Length + 1)..^Extension.Length];
        var dot = name.LastIndexOf('.');
        if (dot <= name.LastIndexOf('/') + 1 || !Languages.TryParse(name[(dot + 1)..], out var language))
        {
            diagnostics.Add(DiagnosticDescriptors.PageFileName, new SourceLocation(file, 1, 1), file);
            return null;
        }

        var slug = name[..dot];

        var text = ContentFile.ReadText(fullPath, file, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticDescriptors.FrontMatterMissing, new SourceLocation(file, 1, 1));
            return null;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            end = text.EndsWith("\n---", StringComparison.Ordinal) ? text.Length - 4 : -1;
        }

        if (end < 0)
        {
            diagnostics.Add(DiagnosticDescriptors.FrontMatterMissing, new SourceLocation(file, 1, 1));
            return null;
        }

        // A leading newline stands in for the opening '---' so YAML line numbers are file line numbers.
        var yaml = "\n" + text[4..(end + 1)];
        if (!YamlFileReader.TryParse(yaml, file, diagnostics, out var node))
        {
            return null;
        }

        if (node is null)
        {
            diagnostics.Add(DiagnosticDescriptors.FrontMatterMissing, new SourceLocation(file, 1, 1));
            return null;
        }

        var front = new YamlBinder(map, diagnostics).Bind<PageFrontMatter>(node);
        if (front is null)
        {
            return null;
        }

        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = text.AsSpan(0, bodyStart).Count('\n') + 1;
        var body = text[bodyStart..];
        return (new MarkdownPage(slug, language, file, front, body, bodyLine, MarkdownBodyParser.Parse(body, file, bodyLine)), map);
    }
}
