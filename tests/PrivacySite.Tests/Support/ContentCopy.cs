namespace PrivacySite.Tests.Support;

/// <summary>A private copy of the sample content that a test may break on purpose.</summary>
public sealed class ContentCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public ContentCopy()
    {
        Root = _folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, Root);
    }

    public string Root { get; }

    public string OutputRoot => _folder.Combine("output");

    public string File(string relative) => Path.Combine(Root, relative);

    /// <summary>A page of the site built into <see cref="OutputRoot"/>, parsed ("en/requests/index.html").</summary>
    public AngleSharp.Html.Dom.IHtmlDocument ParseOutput(string file) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(OutputRoot, file)));

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    public void Write(string relative, string text) => Write(relative, text, new System.Text.UTF8Encoding(false));

    public void Write(string relative, string text, System.Text.Encoding encoding)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File(relative))!);
        System.IO.File.WriteAllText(File(relative), text, encoding);
    }

    /// <summary>Adds a plain page in both languages, "pages/guide/fees" making pages/guide/fees.ja.md and .en.md.</summary>
    public void WritePage(string page)
    {
        Write(page + ".ja.md", "---\ntitle: ページ\n---\n本文\n");
        Write(page + ".en.md", "---\ntitle: Page\n---\nText\n");
    }

    /// <summary>Replaces exactly one occurrence, so a test fails loudly when the sample changes under it.</summary>
    public void Replace(string relative, string oldText, string newText) =>
        Write(relative, TestFiles.ReplaceOnce(Read(relative), oldText, newText, relative));

    public void Delete(string relative) => System.IO.File.Delete(File(relative));

    /// <summary>Writes a file beside the content folder, not in it, and returns its full path.</summary>
    public string WriteOutside(string relative, string text)
    {
        var path = _folder.Combine(Path.Combine("outside", relative));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Puts a symbolic link at <paramref name="relative"/> to <paramref name="target"/> (absolute, or relative to the link's folder), replacing any file there.</summary>
    public void Link(string relative, string target)
    {
        var path = File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.Delete(path);
        System.IO.File.CreateSymbolicLink(path, target);
    }

    public void Dispose() => _folder.Dispose();
}
