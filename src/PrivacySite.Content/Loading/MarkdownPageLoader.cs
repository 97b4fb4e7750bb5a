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

    public static IReadOnlyList<(MarkdownPage Page, SourceMap Map)> LoadAll(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, Folder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(DiagnosticDescriptors.RequiredFileMissing, new SourceLocation(Folder + "/"), Folder + "/");
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(path => Load(root, path, diagnostics))
            .Where(p => p.HasValue)
            .Select(p => p!.Value)];
    }

    private static (MarkdownPage, SourceMap)? Load(string root, string fullPath, DiagnosticBag diagnostics)
    {
        var file = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var map = new SourceMap(file);
        var name = Path.GetFileNameWithoutExtension(fullPath);
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !Languages.TryParse(name[(dot + 1)..], out var language))
        {
            diagnostics.Add(DiagnosticDescriptors.PageFileName, new SourceLocation(file, 1, 1), file);
            return null;
        }

        var relativeFolder = Path.GetRelativePath(Path.Combine(root, Folder), Path.GetDirectoryName(fullPath)!).Replace('\\', '/');
        var slug = relativeFolder == "." ? name[..dot] : $"{relativeFolder}/{name[..dot]}";

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
