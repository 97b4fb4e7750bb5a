using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace PrivacySite.Content.Markdown;

/// <summary>
/// The one Markdig pipeline for editors' pages: CJK-friendly emphasis (so **強調**を works
/// next to Japanese punctuation), tables, heading anchors, and no raw HTML.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>For rendering: raw HTML is never passed through, whatever the checks said.</summary>
    public static MarkdownPipeline Create() => Extensions().DisableHtml().Build();

    /// <summary>
    /// For checking: the same extensions, so anchors and links match the rendered page, but
    /// raw HTML is parsed as HTML so the checks can find it and point at it.
    /// </summary>
    public static MarkdownPipeline CreateForChecking() => Extensions().Build();

    private static MarkdownPipelineBuilder Extensions() => new MarkdownPipelineBuilder()
        .UseCjkFriendlyEmphasis()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation();
}
