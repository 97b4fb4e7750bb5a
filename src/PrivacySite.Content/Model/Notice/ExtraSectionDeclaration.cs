namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// One section a society adds to its notice (notice.yaml, <c>extra_sections</c>): its name, which is its file's
/// name in notice/ and its page's address, and the section it follows on the full notice.
/// </summary>
public sealed record ExtraSectionDeclaration(
    [Help("節の名前です（小文字の英字・数字・ハイフン）。notice/名前.yaml か notice/名前.ja.md と notice/名前.en.md に本文を書き、ページのアドレスにもなります。",
        "The section's name (lower-case letters, digits and hyphens): its text is notice/NAME.yaml, or notice/NAME.ja.md and notice/NAME.en.md, and its page is /NAME/.")]
    string Name,
    [Help("全文ページでこの節を置く位置です。直前に来る節の名前（purposes、requests など notice/ のファイル名、handler、またはほかの追加の節の名前）を書きます。",
        "Where the section goes on the full notice: the name of the section it follows (a file name in notice/ such as purposes or requests, handler, or another added section's name).")]
    string After);
