namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/notice.yaml: the page holding the whole notice (for printing and notice
/// boards), the heading of its first section, the handler, whose details are in site.yaml, and the
/// sections the society adds of its own (<see cref="ExtraSections"/>).
/// </summary>
[Help("公表事項の全文ページと、最初の項目（個人情報取扱事業者）の見出しです。", "The full notice page, and the heading of its first section, the handler.")]
public sealed record FullNotice(
    [Help("全文ページの題名、説明、前置きです。", "The title, description and opening of the full notice page.")]
    SectionPage Page,
    [Help("個人情報取扱事業者の項目の見出しです。名称・住所・代表者は site.yaml に書きます。", "The heading of the handler section; the name, address and representative are in site.yaml.")]
    SectionPage Handler,
    [Help("組合が加える節です（任意）。1項目が1節で、notice/ に同じ名前のファイル（名前.yaml、または 名前.ja.md と 名前.en.md）を置きます。",
        "Sections the Society adds (optional), one item each; each is a file of the same name in notice/ (NAME.yaml, or NAME.ja.md and NAME.en.md).")]
    IReadOnlyList<ExtraSectionDeclaration>? ExtraSections = null);
