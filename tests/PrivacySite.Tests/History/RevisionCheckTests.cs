namespace PrivacySite.Tests.History;

/// <summary>`check --base`: a change the notice must publish needs a new revision; wording alone is a warning.</summary>
public sealed class RevisionCheckTests : IDisposable
{
    private static readonly Dictionary<string, string?> Local = new() { ["GITHUB_BASE_REF"] = null, ["GITHUB_ACTIONS"] = null };

    private const string NewPurpose = "          - ja: 新しい利用目的\n            en: A new purpose\n";

    private readonly GitSandbox _repo = new(new DateOnly(2025, 5, 1));

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task A_new_purpose_without_a_revision_is_an_error_on_its_line()
    {
        AddPurpose();
        _repo.Commit("Add a purpose", new DateOnly(2025, 6, 1));

        var (exit, stdout, _) = await CliProcess.RunAsync(_repo.Root, Local, "check", "--content", "content", "--base", "HEAD~1");

        Assert.Equal(1, exit);
        var line = Array.IndexOf(_repo.Read("notice/purposes.yaml").Split('\n'), NewPurpose.Split('\n')[0]) + 1;
        var finding = Assert.Single(Lines(stdout), l => l.Contains("PS0607", StringComparison.Ordinal));
        Assert.StartsWith($"content/notice/purposes.yaml:{line}:", finding, StringComparison.Ordinal);
        Assert.Contains("error PS0607: Purposes of use › Paying insurance benefits › ", finding, StringComparison.Ordinal);
        Assert.Contains("changed against HEAD~1", finding, StringComparison.Ordinal);
        Assert.Contains("no new revision dated 2025-04-01 or later", finding, StringComparison.Ordinal);
        Assert.DoesNotContain("was skipped", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revision_dated_after_the_bases_last_silences_it()
    {
        AddPurpose();
        _repo.AddRevision("2025-06-01", "利用目的を追加しました。", "Added a purpose of use.");

        var (exit, stdout, _) = await CliProcess.RunAsync(_repo.Root, Local, "check", "--content", "content", "--base", "HEAD");

        Assert.True(exit == 0, stdout);
        Assert.DoesNotContain("PS060", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_wording_alone_is_a_warning()
    {
        _repo.Replace("notice/purposes.yaml", "en: Reviewing and paying statutory and additional benefits", "en: Checking and paying statutory and additional benefits");

        var (exit, stdout, _) = await CliProcess.RunAsync(_repo.Root, Local, "check", "--content", "content", "--base", "HEAD");

        Assert.Equal(0, exit);
        var finding = Assert.Single(Lines(stdout), l => l.Contains("PS060", StringComparison.Ordinal));
        Assert.Contains("warning PS0608: ", finding, StringComparison.Ordinal);
        Assert.DoesNotContain("PS0607", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fee_a_consignee_a_contact_and_the_handler_each_need_one_and_the_message_is_in_japanese_too()
    {
        _repo.Replace("notice/complaints.yaml", "  phone: 03-0000-0000", "  phone: 03-1111-2222");
        _repo.Replace("site.yaml", "ja: 理事長 見本 一郎", "ja: 理事長 見本 花子");

        var (exit, stdout, _) = await CliProcess.RunAsync(_repo.Root, Local, "check", "--content", "content", "--base", "HEAD", "--lang", "ja");

        Assert.Equal(1, exit);
        var findings = Lines(stdout).Where(l => l.Contains("PS0607", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, l => l.StartsWith("content/notice/complaints.yaml:28:", StringComparison.Ordinal) && l.Contains("'phone'", StringComparison.Ordinal));
        Assert.Contains(findings, l => l.StartsWith("content/site.yaml:12:", StringComparison.Ordinal) && l.Contains("HEAD と比べて", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_base_that_is_no_commit_is_a_clear_error()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_repo.Root, Local, "check", "--content", "content", "--base", "no-such-branch");

        Assert.Equal(1, exit);
        Assert.Contains("error PS0609: the content cannot be compared with 'no-such-branch': it is not a commit of this repository", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    private void AddPurpose()
    {
        const string After = "            en: Confirming insured persons' eligibility and recognising dependants\n";
        _repo.Replace("notice/purposes.yaml", After, After + NewPurpose);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
