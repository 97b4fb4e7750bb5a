namespace PrivacySite.Content.Diagnostics;

/// <summary>
/// Every finding the tools can report, with a stable code and both languages side by side.
/// PS00xx files, PS01xx YAML structure, PS02xx translation, PS03xx Markdown and links,
/// PS04xx formats, PS05xx APPI Article 32, PS06xx dates and revisions, PS07xx online forms.
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

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "PS0601", Severity.Error,
        "'{0}' is not a valid date: write it as YYYY-MM-DD",
        "'{0}' は日付として正しくありません。YYYY-MM-DD の形で書いてください");

    public static readonly DiagnosticDescriptor FormFieldTextMissing = new(
        "PS0701", Severity.Error,
        "form field '{0}' has no entry: add '- name: {0}' with a label",
        "フォームの項目 '{0}' の説明がありません。'- name: {0}' とラベルを追加してください");

    public static readonly DiagnosticDescriptor FormOptionTextMissing = new(
        "PS0702", Severity.Error,
        "choice '{1}' of form field '{0}' has no label",
        "フォームの項目 '{0}' の選択肢 '{1}' にラベルがありません");

    public static readonly DiagnosticDescriptor FormMessageMissing = new(
        "PS0703", Severity.Error,
        "error message '{0}' is missing: add '- code: {0}' with its text",
        "エラーメッセージ '{0}' がありません。'- code: {0}' と文言を追加してください");

    public static readonly DiagnosticDescriptor FormNameUnknown = new(
        "PS0704", Severity.Error,
        "'{0}' is not a {1} of the online forms (known: {2})",
        "'{0}' はフォームの{1}にありません（使えるもの: {2}）");

    public static readonly DiagnosticDescriptor FormTitleMissing = new(
        "PS0705", Severity.Error,
        "the {0} form has no title: add '- kind: {0}' with a title",
        "{0} フォームの題名がありません。'- kind: {0}' と題名を追加してください");
}
