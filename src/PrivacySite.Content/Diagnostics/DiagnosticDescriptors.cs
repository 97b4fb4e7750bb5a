namespace PrivacySite.Content.Diagnostics;

/// <summary>
/// Every finding the tools can report, with a stable code and both languages side by side.
/// PS00xx files, PS01xx YAML structure, PS02xx translation, PS03xx Markdown and links,
/// PS04xx formats, PS05xx APPI Article 32, PS06xx dates and revisions, PS07xx other notice rules.
/// </summary>
public static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ContentFolderMissing = new(
        "PS0001", Severity.Error,
        "content folder '{0}' does not exist",
        "コンテンツフォルダー '{0}' がありません");

    public static readonly DiagnosticDescriptor RequiredFileMissing = new(
        "PS0002", Severity.Error,
        "required file '{0}' is missing",
        "必須のファイル '{0}' がありません");

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "PS0003", Severity.Error,
        "the file cannot be read: {0}",
        "ファイルを読み込めません: {0}");

    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "PS0101", Severity.Error,
        "YAML syntax error: {0}",
        "YAML の書き方に誤りがあります: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "PS0102", Severity.Error,
        "unknown key '{0}'{1}",
        "'{0}' という項目名は使えません{1}");

    public static readonly DiagnosticDescriptor MissingField = new(
        "PS0103", Severity.Error,
        "required field '{0}' is missing",
        "必須の項目 '{0}' がありません");

    public static readonly DiagnosticDescriptor WrongType = new(
        "PS0104", Severity.Error,
        "'{0}' must be {1}",
        "'{0}' は{1}で書いてください");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "PS0105", Severity.Error,
        "key '{0}' appears more than once",
        "項目 '{0}' が重複しています");

    public static readonly DiagnosticDescriptor EmptyValue = new(
        "PS0106", Severity.Error,
        "'{0}' must not be empty",
        "'{0}' が空です");

    public static readonly DiagnosticDescriptor MissingTranslation = new(
        "PS0201", Severity.Error,
        "'{0}' has no English text: add 'en:' or mark it 'untranslated: true'",
        "'{0}' に英語がありません。'en:' を追加するか 'untranslated: true' を付けてください");

    public static readonly DiagnosticDescriptor Untranslated = new(
        "PS0202", Severity.Warning,
        "'{0}' is marked untranslated: the English page shows the Japanese text",
        "'{0}' は未翻訳です。英語のページには日本語が表示されます");

    public static readonly DiagnosticDescriptor PageMissingLanguage = new(
        "PS0203", Severity.Error,
        "page '{0}' has no {1} version: add '{2}'",
        "ページ '{0}' の{1}版がありません。'{2}' を追加してください");

    public static readonly DiagnosticDescriptor UiStringMissing = new(
        "PS0204", Severity.Error,
        "UI string '{0}' is missing in this language",
        "画面の文言 '{0}' がこの言語にありません");

    public static readonly DiagnosticDescriptor RawHtml = new(
        "PS0301", Severity.Error,
        "raw HTML is not allowed in Markdown: write it as Markdown",
        "Markdown の中に HTML は書けません。Markdown で書いてください");

    public static readonly DiagnosticDescriptor BrokenLink = new(
        "PS0302", Severity.Error,
        "link '{0}' leads nowhere",
        "リンク '{0}' の行き先がありません");

    public static readonly DiagnosticDescriptor FrontMatterMissing = new(
        "PS0303", Severity.Error,
        "the page must start with front matter between '---' lines holding at least 'title:'",
        "ページの先頭に '---' で囲んだ前付け（少なくとも 'title:'）が必要です");

    public static readonly DiagnosticDescriptor LegalItemMissing = new(
        "PS0501", Severity.Error,
        "the APPI ({0}) requires the notice to publish {1}: '{2}' is missing or empty in {3}",
        "個人情報保護法（{4}）により{5}の公表が必要ですが、{3} の '{2}' がないか空です");

    public static readonly DiagnosticDescriptor LegalFileMissing = new(
        "PS0502", Severity.Error,
        "the APPI ({0}) requires the notice to publish {1}: the file '{2}' is missing",
        "個人情報保護法（{3}）により{4}の公表が必要ですが、ファイル '{2}' がありません");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "PS0601", Severity.Error,
        "'{0}' is not a valid date: write it as YYYY-MM-DD",
        "'{0}' は日付として正しくありません。YYYY-MM-DD の形で書いてください");

    public static readonly DiagnosticDescriptor EmptyListUnexplained = new(
        "PS0701", Severity.Error,
        "'{0}' is empty: add '{1}' to say so on the page",
        "'{0}' が空です。そのことをページで示すため '{1}' を書いてください");

    public static readonly DiagnosticDescriptor EmptyListStatementUnused = new(
        "PS0702", Severity.Warning,
        "'{1}' is shown only while '{0}' is empty: remove it",
        "'{1}' は '{0}' が空のときだけ表示されます。削除してください");

    public static readonly DiagnosticDescriptor NumberOutOfRange = new(
        "PS0703", Severity.Error,
        "'{0}' must be a whole number from {1} to {2}",
        "'{0}' は {1} から {2} までの整数で書いてください");
}
