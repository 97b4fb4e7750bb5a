using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace PrivacySite.Content.Markdown;

/// <summary>
/// The one Markdig pipeline for editors' pages: CJK-friendly emphasis (so **強調**を works
/// next to Japanese punctuation), tables, heading anchors, and precise source locations.
/// Raw HTML is parsed as HTML so the checks can find it and point at it; the HTML writer
/// (<see cref="MarkdownHtmlWriter"/>) never passes it through.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UseCjkFriendlyEmphasis()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .Build();
}
