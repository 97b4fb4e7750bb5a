namespace PrivacySite.Tests.History;

/// <summary>`privacysite diff` as the pull-request workflow runs it, on a throwaway repository.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private static readonly Dictionary<string, string?> Local = new() { ["GITHUB_BASE_REF"] = null, ["GITHUB_ACTIONS"] = null };

    private readonly GitSandbox _repo = new(new DateOnly(2025, 5, 1));

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task The_summary_is_markdown_in_japanese_then_english_and_says_a_revision_is_needed()
    {
        FixtureEdits.SetDisclosureFee(_repo, 500, 14);
        _repo.Commit("Raise the disclosure fee", new DateOnly(2025, 6, 1));

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_repo.Root, Local, "diff", "--base", "HEAD~1");

        Assert.True(exit == 0, stderr);
        var ja = stdout.IndexOf("## 公表事項とページの変更（HEAD~1 との比較）", StringComparison.Ordinal);
        var en = stdout.IndexOf("## Changes to the notice and the pages, against HEAD~1", StringComparison.Ordinal);
        Assert.True(ja >= 0 && en > ja, stdout);
        Assert.Contains("### 開示などのご請求 (`notice/requests.yaml`)", stdout);
        Assert.Contains("- **変更** 開示 › `fee.yen`: 「300」 → 「500」", stdout);
        Assert.Contains("- **Changed** Disclosure › `fee.yen`: “300” → “500”", stdout);
        Assert.Contains("**改定の記録が必要です**", stdout);
        Assert.Contains("**A revision is needed**", stdout);
    }

    [Fact]
    public async Task A_revision_added_with_the_change_is_named_instead()
    {
        _repo.Replace("notice/consignees.yaml", "      - ja: 株式会社サンプルヘルスケア\n        en: Sample Healthcare Co., Ltd.\n", "");
        _repo.AddRevision("2025-06-01");

        var (exit, stdout, _) = await CliProcess.RunAsync(_repo.Root, Local, "diff", "--base", "HEAD");

        Assert.Equal(0, exit);
        Assert.Contains("- **削除** 保健指導（特定保健指導を含む） › `consignees`: 「株式会社サンプルヘルスケア」", stdout);
        Assert.Contains("This change adds the revision of 2025-06-01.", stdout);
        Assert.DoesNotContain("A revision is needed", stdout);
    }

    [Fact]
    public async Task A_change_of_the_english_alone_is_quoted_in_english_in_both_lists()
    {
        _repo.Replace("notice/purposes.yaml", "en: Reviewing and paying statutory and additional benefits", "en: Checking and paying statutory and additional benefits");

        var (exit, stdout, _) = await CliProcess.RunAsync(_repo.Root, Local, "diff", "--base", "HEAD");

        Assert.Equal(0, exit);
        Assert.Contains("- **英語のみ変更** 保険給付のための利用 › 当組合の内部での利用 › `purposes`: 「Reviewing and paying statutory and additional benefits」 → 「Checking and paying statutory and additional benefits」", stdout);
        Assert.Contains("- **English only** Paying insurance benefits › Use within the Society › `purposes`: “Reviewing", stdout);
        Assert.Contains("No change here needs a revision of the notice.", stdout);
    }

    [Fact]
    public async Task In_a_pull_request_the_base_is_origin_and_the_base_branch()
    {
        _repo.Git("update-ref", "refs/remotes/origin/main", "HEAD");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_repo.Root, new Dictionary<string, string?> { ["GITHUB_BASE_REF"] = "main" }, "diff");

        Assert.True(exit == 0, stderr);
        Assert.Contains("against origin/main", stdout);
        Assert.Contains("Nothing in the notice or the pages has changed.", stdout);
    }

    [Fact]
    public async Task Without_a_base_or_with_one_that_is_no_commit_it_says_so_in_both_languages()
    {
        var none = await CliProcess.RunAsync(_repo.Root, Local, "diff");
        var unknown = await CliProcess.RunAsync(_repo.Root, Local, "diff", "--base", "no-such-branch");

        Assert.Equal(2, none.Exit);
        Assert.Contains("say what to compare with: --base REF", none.Stderr);
        Assert.Contains("比較の相手を --base REF で指定してください", none.Stderr);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("'no-such-branch': it is not a commit of this repository", unknown.Stderr);
        Assert.DoesNotContain("   at ", unknown.Stderr);
        Assert.Empty(unknown.Stdout);
    }
}
