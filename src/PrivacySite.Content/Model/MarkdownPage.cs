namespace PrivacySite.Content.Model;

/// <summary>
/// One language of an editor-written page, <c>content/pages/&lt;slug&gt;.&lt;lang&gt;.md</c>.
/// <see cref="BodyLine"/> is the file line the Markdown body starts on, for diagnostics;
/// <see cref="Markdown"/> is the body parsed.
/// </summary>
public sealed record MarkdownPage(
    string Slug,
    Language Language,
    string File,
    PageFrontMatter FrontMatter,
    string Body,
    int BodyLine,
    ParsedMarkdown Markdown);
