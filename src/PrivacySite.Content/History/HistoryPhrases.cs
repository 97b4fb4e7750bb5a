using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.History;

/// <summary>The words of what the history readers report, in both languages side by side.</summary>
public static class HistoryPhrases
{
    public static readonly Phrase NoRepository = new(
        "the content folder is not in a git repository with at least one commit (in GitHub Actions, check out with 'fetch-depth: 0')",
        "コンテンツフォルダーが、コミットのある git リポジトリの中にありません（GitHub Actions では 'fetch-depth: 0' でチェックアウトしてください）");

    public static readonly Phrase UnknownCommit = new(
        "it is not a commit of this repository: fetch it first (git fetch origin) or name another",
        "このリポジトリのコミットではありません。先に取得する（git fetch origin）か、別のものを指定してください");

    public static readonly Phrase DoesNotLoad = new(
        "the content there does not load with this version of the checks",
        "そのコミットのコンテンツは、このバージョンの確認では読み込めません");

    public static Phrase Line(int line) => new Phrase("line {0}", "{0} 行目").Format(line);

    public static readonly Phrase BesideEnglish = new("next to its 'en:' line", "'en:' の行の隣に");

    public static readonly Phrase InFrontMatter = new("to the English page's front matter", "英語のページの先頭（front matter）に");

    public static readonly Phrase RevisionCheckSkipped = new(
        "The revision check (PS0607, PS0608) was skipped: give --base REF to compare the content with a commit.",
        "改定の確認（PS0607、PS0608）は行いませんでした。コミットと比べるには --base REF を指定してください。");
}
