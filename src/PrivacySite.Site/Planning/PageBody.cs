using PrivacySite.Content.Model;

namespace PrivacySite.Site.Planning;

/// <summary>What fills a page's main area; the renderer picks a theme component per kind.</summary>
public abstract record PageBody;

/// <summary>An editor-written Markdown page.</summary>
public sealed record MarkdownBody(MarkdownPage Source) : PageBody;
