namespace PrivacySite.Content.Model.Notice;

/// <summary>A section the society added, as loaded: its declaration, the file editors change (the Japanese one for Markdown) and its text.</summary>
public sealed record NoticeExtra(ExtraSectionDeclaration Declaration, string File, INoticeSection Section)
{
    public string Slug => Declaration.Name;

    /// <summary>Every file the section is written in: its YAML file, or its Markdown in each language.</summary>
    public IReadOnlyList<string> Files => Section is MarkdownSection m ? [m.Ja.File, m.En.File] : [File];
}
