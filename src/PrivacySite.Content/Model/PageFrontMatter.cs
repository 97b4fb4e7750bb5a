namespace PrivacySite.Content.Model;

/// <summary>The YAML block at the top of a Markdown page.</summary>
[Help("Markdown ページの先頭の '---' で囲んだ部分です。", "The block between '---' lines at the top of a Markdown page.")]
public sealed record PageFrontMatter(
    [Help("ページの見出しと、ブラウザーのタブに出る題名です。", "The page's heading, also shown in the browser tab.")]
    string Title,
    [Help("検索結果に出る 1、2 文の説明です。", "One or two sentences shown in search results.")]
    string? Description = null,
    [Help("メニューでの順番です（小さい数が先）。書かなければメニューに出ません。日本語と英語で同じ数にします。",
        "The page's place in the menu, smallest first; leave it out to keep the page off the menu. Use the same number in both languages.")]
    int? NavOrder = null,
    [Help("英語のページにだけ書けます。true にすると、英語の本文の代わりに日本語の本文を「未翻訳」の注記付きで表示します。本文は空にします。",
        "English pages only: true shows the Japanese text, with a note that it is not yet translated, instead of an English text. Leave the text below empty.")]
    bool? Untranslated = null,
    [Help("英語のページにだけ書けます。日本語のページを変えた後、英語がそのままでよいことを確かめた日です（YYYY-MM-DD）。古くなっているかもしれないという注記と警告を消します。",
        "English pages only: the date you checked that the English still says what the changed Japanese page says (YYYY-MM-DD); it clears the note and the warning that the English may be out of date.")]
    DateOnly? EnReviewed = null);
