using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Cli.Console;

/// <summary>What `privacysite diff` writes, in English and Japanese side by side.</summary>
internal static class DiffText
{
    public static readonly Phrase Title = new("Changes to the notice and the pages, against {0}", "公表事項とページの変更（{0} との比較）");

    public static readonly Phrase NoChanges = new("Nothing in the notice or the pages has changed.", "公表事項にもページにも変更はありません。");

    public static readonly Phrase Added = new("Added", "追加");

    public static readonly Phrase Removed = new("Removed", "削除");

    public static readonly Phrase Reworded = new("Changed", "変更");

    public static readonly Phrase EnglishOnly = new("English only", "英語のみ変更");

    public static readonly Phrase RevisionNeeded = new(
        "**A revision is needed**: these changes must be published with their date, and notice/revisions.yaml has no new revision yet. Add one (`check --base` reports it as PS0607).",
        "**改定の記録が必要です**: 日付を付けて公表すべき変更がありますが、notice/revisions.yaml に新しい改定がありません。改定を追加してください（`check --base` が PS0607 として知らせます）。");

    public static readonly Phrase RevisionAdded = new("This change adds the revision of {0}.", "この変更で {0} の改定を追加しています。");

    public static readonly Phrase NoRevisionNeeded = new(
        "No change here needs a revision of the notice.",
        "公表事項の改定が必要な変更はありません。");

    public static readonly Phrase NoBase = new(
        "error: say what to compare with: --base REF (in a pull request's workflow, GITHUB_BASE_REF names the base).",
        "エラー: 比較の相手を --base REF で指定してください（プルリクエストのワークフローでは GITHUB_BASE_REF が比較の相手になります）。");

    public static readonly Phrase CannotCompare = new("error: the content cannot be compared with '{0}': {1}", "エラー: '{0}' との比較ができません: {1}");

    public static readonly Phrase DoesNotLoad = new(
        "error: the content in '{0}' does not load: run `privacysite check` and fix what it reports.",
        "エラー: '{0}' のコンテンツを読み込めません。`privacysite check` を実行し、指摘された誤りを直してください。");
}
