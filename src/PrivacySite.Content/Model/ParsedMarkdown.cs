using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Model;

/// <summary>
/// A page's Markdown, parsed once as it is loaded: what the checks read (headings, links, raw
/// HTML and undefined reference links, each with where it stands) and the HTML the site shows. Plain data, so no later stage
/// needs the syntax tree or parses the text again.
/// </summary>
public sealed record ParsedMarkdown(IReadOnlyList<MarkdownHeading> Headings, IReadOnlyList<MarkdownLink> Links, IReadOnlyList<MarkdownRawHtml> RawHtml,
    IReadOnlyList<MarkdownUndefinedReference> UndefinedReferences, MarkdownHtml Html);

/// <summary>A heading with the anchor id it gets on the page, its text and its level (1–6).</summary>
public sealed record MarkdownHeading(string Id, string Text, int Level);

/// <summary>A link as written in a page: its target, whether it shows an image, and where it stands.</summary>
public sealed record MarkdownLink(string Url, bool IsImage, SourceLocation At);

/// <summary>Raw HTML as written in a page: its first line, and where it stands.</summary>
public sealed record MarkdownRawHtml(string Text, SourceLocation At);

/// <summary>A reference link, "[text][label]", whose label no line defines, so the page shows it as written.</summary>
public sealed record MarkdownUndefinedReference(string Text, string Label, SourceLocation At);
