using PrivacySite.Forms.Model;

namespace PrivacySite.Tests.Cli.Inquiries;

/// <summary>
/// `list` and `show` say when a due date is the office's internal target: the notice answers complaints
/// "without delay" instead of in a number of days, so no published number set the date.
/// </summary>
public sealed class InternalTargetCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_complaint_answered_without_delay_is_due_by_the_internal_target_and_the_desk_says_so()
    {
        var content = _folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, content);
        var complaints = Path.Combine(content, "notice", "complaints.yaml");
        File.WriteAllText(complaints, TestFiles.ReplaceOnce(File.ReadAllText(complaints), "response_days: 10\n",
            "response_time:\n  ja: 遅滞なく回答します。\n  en: We answer without delay.\n", "notice/complaints.yaml"));
        using var cli = new DeskCli(contentPath: content);
        var complaint = await cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint));
        var request = await cli.SeedAsync(DeskSamples.Record());

        var (exit, shown, stderr) = await cli.RunAsync("show", complaint.Reference.Value);
        Assert.True(exit == 0, stderr);
        Assert.Contains("internal target", shown, StringComparison.Ordinal);
        Assert.Contains("14 business days", shown, StringComparison.Ordinal);

        var (_, requestShown, _) = await cli.RunAsync("show", request.Reference.Value);
        Assert.DoesNotContain("internal target", requestShown, StringComparison.Ordinal);

        var (_, listed, _) = await cli.RunAsync("list", "--lang", "ja");
        var lines = listed.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("（目安）", lines.Single(l => l.StartsWith(complaint.Reference.Value, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("（目安）", lines.Single(l => l.StartsWith(request.Reference.Value, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("（目安）: 公表事項が日数を定めていない", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Due_dates_the_notice_sets_are_not_marked()
    {
        using var cli = new DeskCli();
        var complaint = await cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint));

        var (_, shown, _) = await cli.RunAsync("show", complaint.Reference.Value);
        var (_, listed, _) = await cli.RunAsync("list");

        Assert.DoesNotContain("internal target", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("(target)", listed, StringComparison.Ordinal);
    }
}
