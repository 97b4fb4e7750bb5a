using System.Text;
using System.Text.Json;
using PrivacySite.Cli.Console;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Tests.Cli.Inquiries;

/// <summary>`privacysite inquiries` as the privacy office runs it, on the embedded file store.</summary>
public sealed class InquiriesCliTests : IDisposable
{
    private static readonly DateOnly Today = JapanTime.Today(TimeProvider.System);
    private readonly DeskCli _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Where <paramref name="text"/> starts on <paramref name="line"/>, in terminal columns.</summary>
    private static int Column(string line, string text) => TextTable.Width(line[..line.IndexOf(text, StringComparison.Ordinal)]);

    [Fact]
    public async Task List_shows_aligned_columns_in_japan_time_soonest_due_first_with_overdue_ones_marked()
    {
        var late = await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, dueOn: Today.AddDays(-10), steps: [InquiryStatus.IdentityVerified]));
        var soon = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(10)));
        var done = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(-40), steps: [InquiryStatus.IdentityVerified, InquiryStatus.Withdrawn]));

        var (exit, stdout, stderr) = await _cli.RunAsync("list");

        Assert.True(exit == 0, stderr);
        var lines = DeskCli.Lines(stdout);
        Assert.Equal(["Reference", "Kind", "Received (JST)", "Due", "Status", "Days left"], lines[0].Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(h => h.Trim()));
        Assert.StartsWith(done.Reference.Value, lines[1]);
        Assert.StartsWith(late.Reference.Value, lines[2]);
        Assert.StartsWith(soon.Reference.Value, lines[3]);
        Assert.Contains("2026-11-02 10:30", lines[2]);  // received 01:30 UTC
        foreach (var (line, record) in new[] { (lines[1], done), (lines[2], late), (lines[3], soon) })
        {
            var due = record.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Column(lines[0], "Due"), Column(line, due));
            Assert.Equal(Column(lines[0], "Status"), Column(line, record.Status.Name()));
        }

        Assert.EndsWith("OVERDUE", lines[2]);
        Assert.DoesNotContain("OVERDUE", lines[1]);
        Assert.DoesNotContain("OVERDUE", lines[3]);
        Assert.Matches(@"\s(9|10)$", lines[3]);
        Assert.Equal("", lines[4]);
        Assert.StartsWith("Inquiries: 3, overdue: 1 (", lines[5]);
        Assert.Contains(Path.Combine(_cli.Folder, "store"), lines[5]);
    }

    [Fact]
    public async Task List_filters_by_status_kind_and_overdue()
    {
        var late = await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, dueOn: Today.AddDays(-3)));
        var open = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(3), steps: [InquiryStatus.IdentityVerified]));
        var answered = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(-30), steps: [InquiryStatus.IdentityVerified, InquiryStatus.InProgress, InquiryStatus.Answered]));

        async Task<string[]> Listed(params string[] args) =>
            [.. DeskCli.Lines((await _cli.RunAsync(["list", .. args])).Stdout).Skip(1).TakeWhile(l => l.Length > 0).Select(l => l[..11])];

        Assert.Equal([late.Reference.Value, open.Reference.Value], await Listed("--status", "open"));
        Assert.Equal([open.Reference.Value], await Listed("--status", "identity-verified"));
        Assert.Equal([answered.Reference.Value], await Listed("--status", "answered"));
        Assert.Equal([late.Reference.Value], await Listed("--kind", "complaint"));
        Assert.Equal([late.Reference.Value], await Listed("--overdue"));
        Assert.Equal("No inquiries match.", (await _cli.RunAsync("list", "--status", "refused")).Stdout.Trim());
    }

    [Theory]
    [InlineData("--status", "shut", "'shut' is not a status: use one of received, identity-verified, awaiting-documents, in-progress, answered, refused, withdrawn, open, closed.")]
    [InlineData("--kind", "question", "'question' is not a kind: use request or complaint.")]
    public async Task List_refuses_an_unknown_status_or_kind_naming_the_ones_there_are(string option, string value, string message)
    {
        var (exit, stdout, stderr) = await _cli.RunAsync("list", option, value);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal(message, stderr.Trim());
    }

    [Fact]
    public async Task List_in_japanese_keeps_the_columns_aligned_on_the_terminal()
    {
        await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, dueOn: Today.AddDays(-1)));
        await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(2)));

        var (exit, stdout, _) = await _cli.RunAsync("list", "--lang", "ja");

        Assert.Equal(0, exit);
        var lines = DeskCli.Lines(stdout);
        Assert.StartsWith("受付番号", lines[0]);
        Assert.Equal(Column(lines[0], "状態"), Column(lines[1], "受付 (received)"));
        Assert.Equal(Column(lines[0], "状態"), Column(lines[2], "受付 (received)"));
        Assert.DoesNotContain(" complaint ", stdout);
        Assert.EndsWith("期限超過", lines[1]);
        Assert.StartsWith("2 件、うち期限超過 1 件", lines[^1]);
    }

    [Fact]
    public async Task Show_prints_every_field_and_the_full_history_in_japan_time()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record(steps: [InquiryStatus.IdentityVerified]));

        var (exit, stdout, stderr) = await _cli.RunAsync("show", record.Reference.Value.ToLowerInvariant().Replace("-", ""));

        Assert.True(exit == 0, stderr);
        Assert.Matches($@"^Reference\s+{record.Reference.Value}\n", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("Received (JST)  2026-11-02 10:30", stdout);
        foreach (var (name, values) in record.Values)
        {
            Assert.Matches($@"\n  {name}\s+{System.Text.RegularExpressions.Regex.Escape(values[0].Split('\n')[0])}", stdout.ReplaceLineEndings("\n"));
        }

        Assert.Contains("2024年度の分も", stdout);  // the second line of a free-text field
        var history = DeskCli.Lines(stdout).SkipWhile(l => l != "History").Skip(1).ToList();
        Assert.Equal(3, history.Count);
        Assert.Matches(@"^\s+2026-11-02 10:30\s+received\s+-$", history[1]);
        Assert.Matches(@"^\s+2026-11-03 10:30\s+identity-verified\s+見本 一郎$", history[2]);
    }

    [Theory]
    [InlineData("D-0000-0000", 1, "There is no inquiry D-0000-0000 in")]
    [InlineData("12345", 1, "'12345' is not a reference number")]
    public async Task Show_refuses_an_unknown_or_malformed_reference(string reference, int exitCode, string message)
    {
        var (exit, stdout, stderr) = await _cli.RunAsync("show", reference);

        Assert.Equal(exitCode, exit);
        Assert.Empty(stdout);
        Assert.StartsWith(message, stderr);
    }

    [Fact]
    public async Task Set_status_records_the_step_with_actor_and_note_and_show_lists_it()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record());

        var (exit, stdout, stderr) = await _cli.RunAsync("set-status", record.Reference.Value, "identity-verified", "--note", "運転免許証の写しで確認", "--actor", "見本 一郎");

        Assert.True(exit == 0, stderr);
        Assert.Matches($@"^{record.Reference.Value}: received -> identity-verified, recorded \d{{4}}-\d\d-\d\d \d\d:\d\d JST by 見本 一郎\.$", stdout.Trim());
        var stored = (await _cli.Store.GetAsync(record.Reference, CancellationToken.None))!;
        Assert.Equal(InquiryStatus.IdentityVerified, stored.Status);
        Assert.Equal(new HistoryEntry(stored.History[1].At, InquiryStatus.IdentityVerified, "運転免許証の写しで確認", "見本 一郎"), stored.History[1]);
        Assert.Equal(record.History[0], stored.History[0]);
        Assert.Matches(@"identity-verified\s+見本 一郎\s+運転免許証の写しで確認", (await _cli.RunAsync("show", record.Reference.Value)).Stdout);
    }

    [Fact]
    public async Task Set_status_refuses_a_step_the_workflow_does_not_allow_and_lists_the_allowed_ones()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record());

        var (exit, stdout, stderr) = await _cli.RunAsync("set-status", record.Reference.Value, "answered");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal($"{record.Reference.Value} is received and cannot become answered: from received it can become identity-verified, awaiting-documents, refused, withdrawn.", stderr.Trim());
        Assert.Equal(record.ETag, (await _cli.Store.GetAsync(record.Reference, CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task Set_status_refuses_a_refusal_without_a_reason_and_any_change_once_closed()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record());

        var noReason = await _cli.RunAsync("set-status", record.Reference.Value, "refused");
        Assert.Equal(1, noReason.Exit);
        Assert.Contains("--note", noReason.Stderr);

        Assert.Equal(0, (await _cli.RunAsync("set-status", record.Reference.Value, "refused", "--note", "本人確認ができませんでした")).Exit);
        var closed = await _cli.RunAsync("set-status", record.Reference.Value, "in-progress");
        Assert.Equal(1, closed.Exit);
        Assert.Equal($"{record.Reference.Value} is refused, which closes it: its status cannot change any more.", closed.Stderr.Trim());

        var notAStatus = await _cli.RunAsync("set-status", record.Reference.Value, "done");
        Assert.Equal(1, notAStatus.Exit);
        Assert.StartsWith("'done' is not a status", notAStatus.Stderr);
    }

    [Fact]
    public async Task Export_writes_a_csv_file_for_excel_of_the_days_asked_for_readable_only_by_its_owner()
    {
        // 23:30 and 00:30 in Tokyo: the first belongs to 2 November, the second to the 3rd.
        var second = await _cli.SeedAsync(DeskSamples.Record(receivedAt: new DateTimeOffset(2026, 11, 2, 14, 30, 0, TimeSpan.Zero)));
        var third = await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, receivedAt: new DateTimeOffset(2026, 11, 2, 15, 30, 0, TimeSpan.Zero)) with
        {
            Values = new Dictionary<string, IReadOnlyList<string>>(DeskSamples.ComplaintValues()) { ["description"] = ["=1+2"] },
        });
        await _cli.SeedAsync(DeskSamples.Record(receivedAt: new DateTimeOffset(2026, 11, 4, 1, 0, 0, TimeSpan.Zero)));
        var file = Path.Combine(_cli.Folder, "export.csv");

        var (exit, stdout, stderr) = await _cli.RunAsync("export", "--from", "2026-11-02", "--to", "2026-11-03", "--format", "csv", "--output", file);

        Assert.True(exit == 0, stderr);
        Assert.Empty(stdout);
        Assert.StartsWith("Wrote 2 inquiries to ", stderr);
        Assert.Contains("personal data", stderr);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal([second.Reference.Value, third.Reference.Value], rows.Skip(1).Select(r => r[0]));
        Assert.Contains("'=1+2", rows[2]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Single(Directory.GetFiles(_cli.Folder));
    }

    [Fact]
    public async Task Export_writes_json_to_standard_output()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record(steps: [InquiryStatus.Withdrawn]));

        var (exit, stdout, stderr) = await _cli.RunAsync("export", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var inquiry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(record.Reference.Value, inquiry.GetProperty("reference").GetString());
        Assert.Equal("withdrawn", inquiry.GetProperty("status").GetString());
        Assert.Equal("2026-11-03T10:30:00+09:00", inquiry.GetProperty("closed_at").GetString());
    }

    [Theory]
    [InlineData("--from", "2026/11/02")]
    [InlineData("--to", "yesterday")]
    public async Task Export_refuses_a_date_it_cannot_read_and_writes_nothing(string option, string value)
    {
        var file = Path.Combine(_cli.Folder, "export.csv");
        var (exit, _, stderr) = await _cli.RunAsync("export", option, value, "--format", "csv", "--output", file);

        Assert.Equal(1, exit);
        Assert.Equal($"'{value}' is not a date: write it as YYYY-MM-DD.", stderr.Trim());
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Purge_lists_without_yes_deletes_with_it_and_never_touches_open_inquiries()
    {
        var longAgo = new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var answered = await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, longAgo, steps: [InquiryStatus.IdentityVerified, InquiryStatus.InProgress, InquiryStatus.Answered]));
        var withdrawn = await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Request, longAgo, steps: [InquiryStatus.Withdrawn]));
        var open = await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, longAgo, steps: [InquiryStatus.IdentityVerified]));
        var recent = await _cli.SeedAsync(DeskSamples.Record(steps: [InquiryStatus.Withdrawn]));

        var dryRun = await _cli.RunAsync("purge", "--older-than", "3y");

        Assert.Equal(0, dryRun.Exit);
        var listed = DeskCli.Lines(dryRun.Stdout);
        Assert.Equal("Closed inquiries closed more than 3y ago:", listed[0]);
        Assert.Equal(new[] { answered.Reference.Value, withdrawn.Reference.Value }.Order(), listed.Skip(2).Take(2).Select(l => l[..11]).Order());
        Assert.Equal("2 inquiries would be deleted. Nothing was deleted: run again with --yes to delete them.", listed[^1]);
        Assert.Equal(4, await CountAsync());

        var purge = await _cli.RunAsync("purge", "--older-than", "3y", "--yes");

        Assert.Equal(0, purge.Exit);
        Assert.Equal("Deleted 2 inquiries.", DeskCli.Lines(purge.Stdout)[^1]);
        Assert.Null(await _cli.Store.GetAsync(answered.Reference, CancellationToken.None));
        Assert.Null(await _cli.Store.GetAsync(withdrawn.Reference, CancellationToken.None));
        Assert.NotNull(await _cli.Store.GetAsync(open.Reference, CancellationToken.None));
        Assert.NotNull(await _cli.Store.GetAsync(recent.Reference, CancellationToken.None));
        Assert.Equal("No closed inquiry was closed more than 3y ago: nothing to delete.", (await _cli.RunAsync("purge", "--older-than", "3y", "--yes")).Stdout.Trim());
    }

    [Theory]
    [InlineData("3 years")]
    [InlineData("0y")]
    [InlineData("3w")]
    public async Task Purge_refuses_a_period_it_cannot_read(string period)
    {
        await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), steps: [InquiryStatus.Withdrawn]));

        var (exit, _, stderr) = await _cli.RunAsync("purge", "--older-than", period, "--yes");

        Assert.Equal(1, exit);
        Assert.StartsWith($"'{period}' is not a period", stderr);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_or_reached_ends_the_command_with_a_message_not_a_stack_trace()
    {
        var unreadable = await _cli.RunWithAsync(new Dictionary<string, string?> { ["InquiryStore__ConnectionString"] = "Nonsense=1;AccountKey=s3cr3t" }, "list");
        Assert.Equal(1, unreadable.Exit);
        Assert.StartsWith("InquiryStore__ConnectionString cannot be read", unreadable.Stderr);
        Assert.DoesNotContain("s3cr3t", unreadable.Stderr);

        var unreachable = await _cli.RunWithAsync(
            new Dictionary<string, string?> { ["InquiryStore__ConnectionString"] = AzuriteProcess.ConnectionStringAt(FreePort.Next()) },
            "show", "D-0000-0000");
        Assert.Equal(1, unreachable.Exit);
        Assert.StartsWith("The inquiry store did not answer", unreachable.Stderr);
        Assert.DoesNotContain("   at ", unreachable.Stderr);
    }

    private async Task<int> CountAsync() => await _cli.Store.QueryAsync(new InquiryQuery(), CancellationToken.None).CountAsync();
}
