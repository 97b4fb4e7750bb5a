namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// A section the society adds written in Markdown, content/notice/NAME.ja.md and NAME.en.md (declared in notice.yaml's
/// <c>extra_sections</c>): each language's front matter gives the heading, its body the text.
/// </summary>
public sealed record MarkdownSection(MarkdownPage Ja, MarkdownPage En) : INoticeSection
{
    public SectionPage Page { get; } = new(
        new LocalizedText(Ja.FrontMatter.Title, En.FrontMatter.Title),
        Ja.FrontMatter.Description is { } description ? new LocalizedText(description, En.FrontMatter.Description) : null,
        Ja.FrontMatter.NavOrder);

    public MarkdownPage this[Language language] => language == Language.Ja ? Ja : En;
}
