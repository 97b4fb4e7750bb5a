using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.History;

/// <summary>Japanese changed after its English, per text in the data files and per part of a page, from a throwaway repository's history.</summary>
public sealed class TranslationDriftTests : IDisposable
{
    private static readonly FixedClock Today = new(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.FromHours(9)));

    private const string Purposes = "notice/purposes.yaml";

    private readonly GitSandbox _repo = new(new DateOnly(2025, 5, 1));

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Japanese_changed_in_a_later_commit_warns_on_the_english_line()
    {
        _repo.Replace(Purposes, "ja: 保険給付と付加給付の審査および支払", "ja: 保険給付と付加給付の審査と支払");
        _repo.Commit("Reword a purpose in Japanese", new DateOnly(2025, 6, 1));

        var drift = Assert.Single(Findings(), d => d.Code == "PS0211");

        Assert.Equal($"{Purposes}:30:17", drift.Location.ToString());
        Assert.Contains("the Japanese (line 29) changed on 2025-06-01", drift.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("日本語（29 行目）が 2025-06-01 に変更されました", drift.Message(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_touched_afterwards_clears_it()
    {
        _repo.Replace(Purposes, "ja: 保険給付と付加給付の審査および支払", "ja: 保険給付と付加給付の審査と支払");
        _repo.Commit("Reword a purpose in Japanese", new DateOnly(2025, 6, 1));
        _repo.Replace(Purposes, "en: Reviewing and paying statutory and additional benefits", "en: Checking and paying statutory and additional benefits");
        _repo.Commit("Follow in English", new DateOnly(2025, 6, 2));

        Assert.DoesNotContain(Findings(), d => d.Code is "PS0211" or "PS0212");
    }

    [Fact]
    public void Both_languages_changed_together_are_no_drift()
    {
        _repo.Replace(Purposes, "ja: 保険給付と付加給付の審査および支払\n            en: Reviewing", "ja: 保険給付と付加給付の審査と支払\n            en: Checking");
        _repo.Commit("Reword a purpose in both languages", new DateOnly(2025, 6, 1));

        Assert.DoesNotContain(Findings(), d => d.Code == "PS0211");
    }

    [Fact]
    public void En_reviewed_on_or_after_the_change_clears_it_and_an_older_one_is_reported()
    {
        _repo.Replace(Purposes, "ja: 保険給付と付加給付の審査および支払", "ja: 保険給付と付加給付の審査と支払");
        _repo.Commit("Reword a purpose in Japanese", new DateOnly(2025, 6, 1));
        const string English = "            en: Reviewing and paying statutory and additional benefits\n";

        _repo.Replace(Purposes, English, English + "            en_reviewed: 2025-06-01\n");
        Assert.DoesNotContain(Findings(), d => d.Code is "PS0211" or "PS0212");

        _repo.Replace(Purposes, "en_reviewed: 2025-06-01", "en_reviewed: 2025-05-15");
        var findings = Findings();
        Assert.Contains(findings, d => d.Code == "PS0211");
        var stale = Assert.Single(findings, d => d.Code == "PS0212");
        Assert.Equal($"{Purposes}:31", $"{stale.Location.File}:{stale.Location.Line}");
        Assert.Contains("'en_reviewed' is 2025-05-15, before the Japanese text changed on 2025-06-01", stale.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_a_japanese_page_warns_at_the_same_part_of_the_english_page()
    {
        _repo.Replace("pages/policy.ja.md", "法令で認められる場合を除き、ご本人の同意なく個人情報を第三者に提供しません。", "法令で認められる場合を除き、第三者に提供しません。");
        _repo.Commit("Reword the policy", new DateOnly(2025, 6, 1));

        var drift = Assert.Single(Findings(), d => d.Code == "PS0211");

        Assert.Equal("pages/policy.en.md:16:1", drift.Location.ToString());
        Assert.Contains("pages/policy.ja.md:16:1", drift.Message(Language.En), StringComparison.Ordinal);

        _repo.Replace("pages/policy.en.md", "title: Privacy policy\n", "title: Privacy policy\nen_reviewed: 2025-06-03\n");
        Assert.DoesNotContain(Findings(), d => d.Code == "PS0211");
    }

    [Fact]
    public void A_change_in_the_last_part_of_a_japanese_page_warns_too()
    {
        _repo.Replace("pages/policy.ja.md", "定期的に見直して", "毎年見直して");
        _repo.Commit("Reword the policy's last part", new DateOnly(2025, 6, 1));

        var drift = Assert.Single(Findings(), d => d.Code == "PS0211");

        var english = _repo.Read("pages/policy.en.md").Split('\n').ToList().IndexOf("## Continuous improvement") + 1;
        Assert.Equal($"pages/policy.en.md:{english}:1", drift.Location.ToString());
    }

    [Fact]
    public void An_uncommitted_japanese_change_counts_as_today()
    {
        _repo.Replace(Purposes, "ja: 保険給付と付加給付の審査および支払", "ja: 保険給付と付加給付の審査と支払");

        var drift = Assert.Single(Findings(), d => d.Code == "PS0211");

        Assert.Contains("changed on 2025-07-01", drift.Message(Language.En), StringComparison.Ordinal);
    }

    private IReadOnlyList<Diagnostic> Findings()
    {
        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(_repo.ContentRoot, diagnostics, Today);
        return diagnostics.ToList();
    }
}
