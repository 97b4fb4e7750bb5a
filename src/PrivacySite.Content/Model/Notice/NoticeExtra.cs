namespace PrivacySite.Content.Model.Notice;

/// <summary>A section the society added, as loaded: its declaration, the file editors change (the Japanese one for Markdown) and its text.</summary>
public sealed record NoticeExtra(ExtraSectionDeclaration Declaration, string File, INoticeSection Section)
{
    public string Slug => Declaration.Name;
}
