using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Loading;

namespace PrivacySite.Tests.History;

/// <summary>Each kind of change to the notice and the pages, committed in a throwaway repository, is named by what it means.</summary>
public sealed class ContentComparerTests : IDisposable
{
    private readonly GitSandbox _repo = new(new DateOnly(2025, 5, 1));

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_purpose_added_to_a_group_is_named_with_its_category_and_scope()
    {
        _repo.Replace("notice/purposes.yaml", "          - ja: 被保険者の資格の確認と被扶養者の認定\n            en: Confirming insured persons' eligibility and recognising dependants\n",
            "          - ja: 被保険者の資格の確認と被扶養者の認定\n            en: Confirming insured persons' eligibility and recognising dependants\n          - ja: 新しい利用目的\n            en: A new purpose\n");

        var change = Assert.Single(Changes());

        Assert.Equal(ChangeKind.Added, change.Kind);
        Assert.Equal("notice/purposes.yaml", change.File);
        Assert.Equal(["保険給付のための利用", "当組合の内部での利用"], change.Where.Select(w => w.Japanese).Take(1).Append(ScopeLabel("internal")));
        Assert.Equal("新しい利用目的", change.After!.Japanese);
        Assert.True(RevisionTriggers.NeedsRevision(change));
    }

    [Fact]
    public void A_purpose_removed_and_one_reworded_are_told_apart()
    {
        _repo.Replace("notice/purposes.yaml", "          - ja: 健康保険組合連合会が行う高額医療給付の共同事業への申請\n            en: Applying to the joint high-cost medical care scheme of the National Federation of Health Insurance Societies\n", "");
        _repo.Replace("notice/purposes.yaml", "ja: 保険給付と付加給付の審査および支払", "ja: 保険給付と付加給付の審査と支払");

        var changes = Changes();

        var removed = Assert.Single(changes, c => c.Kind == ChangeKind.Removed);
        Assert.Equal("健康保険組合連合会が行う高額医療給付の共同事業への申請", removed.Before!.Japanese);
        var reworded = Assert.Single(changes, c => c.Kind == ChangeKind.Reworded);
        Assert.Equal(("保険給付と付加給付の審査および支払", "保険給付と付加給付の審査と支払"), (reworded.Before!.Japanese, reworded.After!.Japanese));
        Assert.True(reworded.JapaneseChanged);
    }

    [Fact]
    public void English_only_wording_is_marked_as_such_and_needs_no_revision()
    {
        _repo.Replace("notice/purposes.yaml", "en: Reviewing and paying statutory and additional benefits", "en: Checking and paying statutory and additional benefits");

        var change = Assert.Single(Changes());

        Assert.False(change.JapaneseChanged);
        Assert.False(RevisionTriggers.NeedsRevision(change));
        Assert.True(RevisionTriggers.TouchesNotice(change));
    }

    [Fact]
    public void A_consignee_added_to_a_task_is_named_with_its_task()
    {
        const string Task = "      en: Translating and calculating medical costs incurred abroad\n    consignees:\n";
        _repo.Replace("notice/consignees.yaml", Task, Task + "      - ja: 株式会社新委託先\n        en: New Consignee Ltd.\n");

        var change = Assert.Single(Changes());

        Assert.Equal((ChangeKind.Added, "consignees", "株式会社新委託先"), (change.Kind, change.Field, change.After!.Japanese));
        Assert.Equal("海外で受けた診療の費用の翻訳と算定", change.Where.Single().Japanese);
        Assert.True(RevisionTriggers.NeedsRevision(change));
    }

    [Fact]
    public void A_joint_use_removed_is_one_removal_named_by_its_title()
    {
        var text = _repo.Read("notice/joint-use.yaml");
        _repo.Write("notice/joint-use.yaml", text[..text.IndexOf("\nentries:", StringComparison.Ordinal)]
            + "\nentries: []\nwhen_none:\n  ja: 共同利用はしていません。\n  en: We do not use personal data jointly.\n");

        var changes = Changes();

        var removed = Assert.Single(changes, c => c.Kind == ChangeKind.Removed);
        Assert.Equal("コラボヘルスとしての健診データの共同利用", removed.Before!.Japanese);
        Assert.True(RevisionTriggers.NeedsRevision(removed));
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Field == "when_none");
    }

    [Fact]
    public void A_fee_and_a_response_time_are_named_with_their_kind_of_request()
    {
        FixtureEdits.SetDisclosureFee(_repo, 500, 20);

        var changes = Changes();

        Assert.Equal(["fee.yen: 300 → 500", "response_days: 14 → 20"], changes.Select(c => $"{c.Field}: {c.Before!.English} → {c.After!.English}"));
        Assert.All(changes, c => Assert.Equal("Disclosure", c.Where[0].English));
        Assert.All(changes, c => Assert.True(RevisionTriggers.NeedsRevision(c)));
    }

    [Fact]
    public void The_desks_phone_and_the_third_parties_and_safety_measures_are_each_named()
    {
        _repo.Replace("notice/complaints.yaml", "  phone: 03-0000-0000", "  phone: 03-1111-2222");
        _repo.Replace("notice/third-party-provision.yaml", "    - ja: 法令にもとづく場合\n      en: When required by law\n", "");
        _repo.Replace("notice/safety-measures.yaml", "  measures:\n    - ja: 個人データを適正に取り扱うため", "  measures:\n    - ja: 新しい措置\n      en: A new measure\n    - ja: 個人データを適正に取り扱うため");

        var changes = Changes();

        var phone = Assert.Single(changes, c => c.Field == "phone");
        Assert.Equal(("03-0000-0000", "03-1111-2222"), (phone.Before!.English, phone.After!.English));
        Assert.True(RevisionTriggers.NeedsRevision(phone));
        var exception = Assert.Single(changes, c => c.File == "notice/third-party-provision.yaml");
        Assert.Equal((ChangeKind.Removed, "ご本人の同意なく提供することがある場合", "法令にもとづく場合"), (exception.Kind, exception.Where.Single().Japanese, exception.Before!.Japanese));
        Assert.False(RevisionTriggers.NeedsRevision(exception));
        var measure = Assert.Single(changes, c => c.File == "notice/safety-measures.yaml");
        Assert.Equal((ChangeKind.Added, "基本方針の策定", "新しい措置"), (measure.Kind, measure.Where.Single().Japanese, measure.After!.Japanese));
    }

    [Fact]
    public void A_handler_change_needs_a_revision()
    {
        _repo.Replace("site.yaml", "ja: 理事長 見本 一郎", "ja: 理事長 見本 花子");

        var change = Assert.Single(Changes());

        Assert.Equal(("site.yaml", "representative"), (change.File, change.Field));
        Assert.True(RevisionTriggers.NeedsRevision(change));
    }

    [Fact]
    public void Page_text_is_compared_heading_by_heading()
    {
        _repo.Replace("pages/policy.ja.md", "法令で認められる場合を除き、ご本人の同意なく個人情報を第三者に提供しません。", "法令で認められる場合を除き、第三者に提供しません。");
        _repo.Replace("pages/policy.ja.md", "## 継続的な改善", "## 見直し");

        var changes = Changes();

        Assert.Equal([("第三者への提供", ChangeKind.Reworded), ("見直し", ChangeKind.Reworded)],
            changes.Select(c => (c.Where.Single().Japanese, c.Kind)));
        Assert.All(changes, c => Assert.Equal("pages/policy.ja.md", c.File));
        Assert.All(changes, c => Assert.False(RevisionTriggers.TouchesNotice(c)));
    }

    [Fact]
    public void Nothing_changed_is_no_change()
    {
        Assert.Empty(Changes());
    }

    private string ScopeLabel(string scope) =>
        ContentLoader.Load(_repo.ContentRoot, new DiagnosticBag()).Content!.Strings[Language.Ja].Values["notice.purposes.scope." + scope];

    private IReadOnlyList<ContentChange> Changes()
    {
        var baseline = Baseline.Load(_repo.ContentRoot, "HEAD", out var problem) ?? throw new InvalidOperationException(problem!.English);
        var current = ContentLoader.Load(_repo.ContentRoot, new DiagnosticBag()).Content!;
        return ContentComparer.Compare(baseline.Content, current);
    }
}
