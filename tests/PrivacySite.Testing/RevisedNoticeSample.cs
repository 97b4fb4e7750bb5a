namespace PrivacySite.Testing;

/// <summary>
/// A throwaway repository whose notice was revised once: the fixture committed on 2025-05-01 (its
/// revisions.yaml ending 2025-04-01), then on 2025-06-01 a purpose reworded in both languages and
/// a revision of that day added. Its history pages show both versions.
/// </summary>
public static class RevisedNoticeSample
{
    public const string OldPurpose = "保険給付と付加給付の審査および支払";
    public const string NewPurpose = "保険給付と付加給付の審査と、その支払";
    public const string OldPurposeEn = "Reviewing and paying statutory and additional benefits";
    public const string NewPurposeEn = "Reviewing statutory and additional benefits, and paying them";

    public static GitSandbox Create()
    {
        var repo = new GitSandbox(new DateOnly(2025, 5, 1));
        repo.Replace("notice/purposes.yaml", $"ja: {OldPurpose}\n            en: {OldPurposeEn}", $"ja: {NewPurpose}\n            en: {NewPurposeEn}");
        repo.AddRevision("2025-06-01", "利用目的の記載を改めました。", "Reworded a purpose of use.");
        repo.Commit("Reword a purpose and revise the notice", new DateOnly(2025, 6, 1));
        return repo;
    }
}
