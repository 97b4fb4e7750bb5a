namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// The heading block every notice file starts with: the page title (also the menu label and
/// the section heading in the full notice), the search description, and opening paragraphs.
/// A <c>nav_order</c> puts the page in the site menu.
/// </summary>
public sealed record SectionPage(
    [Help("ページの題名です。メニューと全文ページの見出しにも使います。", "The page title, also used in the menu and as the heading on the full notice.")]
    LocalizedText Title,
    [Help("検索結果などに表示される、ページの短い説明です。", "A short description of the page, shown in search results.")]
    LocalizedText? Description = null,
    [Help("サイトのメニューに載せるときの順番です。載せないときは省きます。", "The page's place in the site menu; leave it out to keep the page out of the menu.")]
    int? NavOrder = null,
    [Help("ページの最初に表示する段落です。1項目が1段落です。", "Opening paragraphs of the page, one item per paragraph.")]
    IReadOnlyList<LocalizedText>? Intro = null);
