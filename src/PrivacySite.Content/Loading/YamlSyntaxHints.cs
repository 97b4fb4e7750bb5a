using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Loading;

/// <summary>
/// What a YAML reader's complaint means for an editor, and what to do about it, in both languages:
/// the reader's own English never appears in a Japanese message.
/// </summary>
internal static class YamlSyntaxHints
{
    private static readonly Phrase ColonInText = new(
            "a colon followed by a space inside a text: put the whole text in quotes (\"…\")",
            "文の中に「: 」（コロンと空白）があります。文全体を引用符（\"…\"）で囲んでください");

    private static readonly (string Says, Phrase Hint)[] Known =
    [
        ("Mapping values are not allowed", ColonInText),
        ("found invalid mapping", ColonInText),
        ("quoted scalar", new(
            "a quotation mark is opened but not closed: add the closing quotation mark at the end of the text",
            "引用符（\" または '）が閉じられていません。文の終わりにも同じ引用符を書いてください")),
        ("did not find expected '-' indicator", new(
            "a list item is not lined up with the others: start every item of the list with '- ' at the same place",
            "並びの項目の位置がそろっていません。どの項目も同じ位置の「- 」で始めてください")),
        ("did not find expected key", new(
            "this line is not indented like the lines around it: line each key up with the others at its level (two spaces per level)",
            "この行の字下げが前後の行とそろっていません。同じ階層の項目名と位置をそろえてください（1階層につき空白2つ）")),
        ("cannot start any token", new(
            "the text starts with a character YAML keeps for itself (such as @, ` or %): put the whole text in quotes",
            "文が YAML で特別な意味を持つ文字（@、`、% など）で始まっています。文全体を引用符（\"…\"）で囲んでください")),
        ("could not find expected ':'", new(
            "a key without its colon, or a text that runs on to the next line: write 'key: value', or put the text in quotes",
            "項目名の後に「:」がないか、文が次の行に続いています。「項目名: 値」と書くか、文を引用符で囲んでください")),
    ];

    private static readonly Phrase Otherwise = new(
        "this line cannot be read: check its indentation, the ': ' after each key and the quotation marks",
        "この行を読み取れません。字下げ、項目名の後の「: 」、引用符を確かめてください");

    /// <summary>The hint for the reader's message; in English the reader's words follow, for whoever maintains the site.</summary>
    public static Phrase For(string readerMessage)
    {
        var hint = Known.FirstOrDefault(k => readerMessage.Contains(k.Says, StringComparison.OrdinalIgnoreCase)).Hint ?? Otherwise;
        return hint with { English = $"{hint.English} (the YAML reader said: {readerMessage.TrimEnd('.')})" };
    }
}
