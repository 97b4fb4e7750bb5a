namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/NAME.yaml, a section the society adds (declared in notice.yaml's <c>extra_sections</c>):
/// its heading block and its parts, each a heading with paragraphs, a list or a table.
/// </summary>
[Help("組合が加える節です。notice.yaml の extra_sections に名前を書いたものだけが読まれます。", "A section the Society adds; only names listed under extra_sections in notice.yaml are read.")]
public sealed record ExtraSection(
    [Help("ページの題名（メニューと全文ページの見出し）、説明、前置き、メニューでの順番です。", "The page's title (also the menu label and the heading on the full notice), description, opening and menu place.")]
    SectionPage Page,
    [Help("節の本文です。1項目が1つのまとまりで、見出し・段落・箇条書き・表を書けます。", "The section's text, one part per item, each with a heading, paragraphs, a list or a table.")]
    IReadOnlyList<ExtraPart> Parts) : INoticeSection;

/// <summary>One part of an added section, drawn in this order: its heading, paragraphs, list, table; at least one of the last three.</summary>
public sealed record ExtraPart(
    [Help("まとまりの見出しです（任意）。", "The part's heading (optional).")]
    LocalizedText? Title = null,
    [Help("段落です。1項目が1段落です。", "Paragraphs, one item each.")]
    IReadOnlyList<LocalizedText>? Paragraphs = null,
    [Help("箇条書きの項目です。", "The items of a bulleted list.")]
    IReadOnlyList<LocalizedText>? Items = null,
    [Help("表です。", "A table.")]
    ExtraTable? Table = null);

/// <summary>A table of an added section: its caption, column headings, and rows whose first cell heads the row.</summary>
public sealed record ExtraTable(
    [Help("表の表題（キャプション）です。", "The table's caption.")]
    LocalizedText Caption,
    [Help("列の見出しです。左の列から順に書きます。", "The column headings, from the left.")]
    IReadOnlyList<LocalizedText> Columns,
    [Help("表の行です。1行ごとに、列と同じ数のセル（cells）を書きます。1つ目のセルが行の見出しです。", "The rows; each has as many cells as there are columns, the first heading the row.")]
    IReadOnlyList<ExtraTableRow> Rows);

public sealed record ExtraTableRow(
    [Help("行のセルです。左の列から順に書きます。", "The row's cells, from the left.")]
    IReadOnlyList<LocalizedText> Cells);
