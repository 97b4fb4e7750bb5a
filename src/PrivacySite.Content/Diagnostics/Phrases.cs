namespace PrivacySite.Content.Diagnostics;

/// <summary>The words that fill diagnostics' blanks and the checker's summary, in both languages side by side.</summary>
public static class Phrases
{
    public static readonly Phrase Text = new("text", "文字列");

    public static readonly Phrase WholeNumber = new("a whole number", "整数");

    public static readonly Phrase TrueOrFalse = new("true or false", "true か false");

    public static readonly Phrase List = new("a list (lines starting with '- ')", "'- ' で始まる行の並び");

    public static readonly Phrase Group = new("a group of 'key: value' lines", "'項目名: 値' の行のまとまり");

    public static readonly Phrase JapaneseAndEnglish = new("a group of 'ja:' and 'en:' lines", "'ja:' と 'en:' の行のまとまり");

    public static readonly Phrase TextOrGroup = new("text or a group of strings", "文字列か文言のまとまり");

    public static readonly Phrase Japanese = new("Japanese", "日本語");

    public static readonly Phrase English = new("English", "英語");

    public static readonly Phrase Nothing = new("", "");

    public static readonly Phrase NoQueryOrFragment = new(
        ", and without '?' or '#': every page's address is built on it",
        "。'?' や '#' も入れないでください。すべてのページのアドレスがこれをもとに作られます");

    public static readonly Phrase NotSet = new("not set", "未設定");

    public static readonly Phrase NotUtf8 = new(
        "it is not saved as UTF-8; save it again choosing the UTF-8 encoding",
        "UTF-8 で保存されていません。文字コードに UTF-8 を選んで保存し直してください");

    public static Phrase OneOf(IEnumerable<string> values) =>
        new Phrase("one of: {0}", "次のどれか（{0}）").Format(string.Join(", ", values));

    public static Phrase DidYouMean(string suggestion) =>
        new Phrase(": did you mean '{0}'?", "。'{0}' の誤りではありませんか？").Format(suggestion);

    public static Phrase RenamedTo(string name) =>
        new Phrase(": this name was changed to '{0}'", "。この名前は '{0}' に変わりました").Format(name);

    public static Phrase Allowed(IEnumerable<string> keys) =>
        new Phrase(" (allowed: {0})", "（使える項目名: {0}）").Format(string.Join(", ", keys));

    public static Phrase Language(Model.Language language) => language == Model.Language.Ja ? Japanese : English;

    /// <summary>The checker's last line: how many errors and warnings, or that all is well.</summary>
    public static Phrase Summary(int errors, int warnings, int files) => errors + warnings == 0
        ? new Phrase("Checked {0} files: no problems found.", "{0} 個のファイルを確認しました。問題はありません。").Format(files)
        : new Phrase("Checked {0} files: {1} error(s), {2} warning(s).", "{0} 個のファイルを確認しました。エラー {1} 件、警告 {2} 件。").Format(files, errors, warnings);

    public static readonly Phrase WarningsAsErrors = new(
        "Warnings count as errors (--warnings-as-errors).",
        "警告もエラーとして扱います（--warnings-as-errors）。");
}
