using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Markdown;

public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc);
