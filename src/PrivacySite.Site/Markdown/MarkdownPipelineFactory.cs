using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace PrivacySite.Site.Markdown;

/// <summary>
/// The one Markdig pipeline for editors' pages: CJK-friendly emphasis (so **強調**を works
/// next to Japanese punctuation), tables, heading anchors, and no raw HTML.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UseCjkFriendlyEmphasis()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();
}
