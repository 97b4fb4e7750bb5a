using System.Text;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Text;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Tests.Cli.Inquiries;

/// <summary>
/// The command line finished: with --lang ja it names statuses, kinds and fields in Japanese and heads its CSV in Japanese;
/// the CSV keeps phone numbers and postal codes as text for Excel; `list --status closed`; "did you mean" for a mistyped
/// status; and a zero period is refused as zero. Both languages.
/// </summary>
public sealed class DeskCliLanguageTests : IDisposable
{
    private static readonly DateOnly Today = JapanTime.Today(TimeProvider.System);
    private static readonly FormText Forms = new(SampleContent.Content.Forms);
    private readonly DeskCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task List_status_closed_lists_the_answered_refused_and_withdrawn_ones_only()
    {
        var open = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(5), steps: [InquiryStatus.IdentityVerified]));
        var answered = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(-30), steps: [InquiryStatus.IdentityVerified, InquiryStatus.InProgress, InquiryStatus.Answered]));
        var refused = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(-20), steps: [InquiryStatus.Refused]));
        var withdrawn = await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, dueOn: Today.AddDays(-10), steps: [InquiryStatus.Withdrawn]));

        foreach (var lang in new[] { "en", "ja" })
        {
            var (exit, stdout, stderr) = await _cli.RunAsync("list", "--status", "closed", "--lang", lang);

            Assert.True(exit == 0, stderr);
            var listed = DeskCli.Lines(stdout).Skip(1).TakeWhile(l => l.Length > 0).Select(l => l[..11]).ToList();
            Assert.Equal([answered.Reference.Value, refused.Reference.Value, withdrawn.Reference.Value], listed);
            Assert.DoesNotContain(open.Reference.Value, stdout);
        }
    }

    [Theory]
    [InlineData("en", "answerd", "'answerd' is not a status: did you mean answered? Use one of received, identity-verified, awaiting-documents, in-progress, answered, refused, withdrawn, open, closed.")]
    [InlineData("en", "clsoed", "'clsoed' is not a status: did you mean closed? Use one of received, identity-verified, awaiting-documents, in-progress, answered, refused, withdrawn, open, closed.")]
    [InlineData("ja", "in_progres", "'in_progres' は状態の名前ではありません。in-progress の誤りではありませんか？ 次のどれかを使ってください: received, identity-verified, awaiting-documents, in-progress, answered, refused, withdrawn, open, closed")]
    [InlineData("en", "xyz", "'xyz' is not a status: use one of received, identity-verified, awaiting-documents, in-progress, answered, refused, withdrawn, open, closed.")]
    public async Task A_mistyped_status_in_list_gets_a_did_you_mean(string lang, string typed, string message)
    {
        var (exit, stdout, stderr) = await _cli.RunAsync("list", "--status", typed, "--lang", lang);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal(message, stderr.Trim());
    }

    [Fact]
    public async Task Set_status_suggests_the_status_meant_and_takes_the_japanese_name_list_prints()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record(dueOn: Today.AddDays(10)));

        var mistyped = await _cli.RunAsync("set-status", record.Reference.Value, "identity-verifed");
        Assert.Equal(1, mistyped.Exit);
        Assert.StartsWith("'identity-verifed' is not a status: did you mean identity-verified?", mistyped.Stderr.Trim());
        Assert.Equal(InquiryStatus.Received, (await _cli.Store.GetAsync(record.Reference, CancellationToken.None))!.Status);

        var (exit, stdout, stderr) = await _cli.RunAsync("set-status", record.Reference.Value, "本人確認済み", "--lang", "ja");
        Assert.True(exit == 0, stderr);
        Assert.StartsWith($"{record.Reference.Value}: 受付 (received) -> 本人確認済み (identity-verified) に変更しました", stdout.Trim());
        Assert.Equal(InquiryStatus.IdentityVerified, (await _cli.Store.GetAsync(record.Reference, CancellationToken.None))!.Status);

        var refused = await _cli.RunAsync("set-status", record.Reference.Value, "answered", "--lang", "ja");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("本人確認済み (identity-verified) のため 回答済み (answered) にはできません", refused.Stderr);
    }

    [Fact]
    public async Task Show_in_japanese_names_the_fields_by_their_form_labels_and_choices_by_their_names()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record(steps: [InquiryStatus.IdentityVerified]));

        var (exit, stdout, stderr) = await _cli.RunAsync("show", record.Reference.Value, "--lang", "ja");

        Assert.True(exit == 0, stderr);
        var lines = DeskCli.Lines(stdout);
        Assert.Contains(lines, l => l.StartsWith("状態", StringComparison.Ordinal) && l.Contains("本人確認済み (identity-verified)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("種類", StringComparison.Ordinal) && l.Contains("開示等の請求", StringComparison.Ordinal));
        foreach (var name in new[] { "name", "postal_code", "phone", "requester" })
        {
            Assert.Contains(lines, l => l.StartsWith("  " + Forms.Label(name, Language.Ja), StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("  " + name + " ", StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.StartsWith("  " + Forms.Label("requester", Language.Ja), StringComparison.Ordinal) && l.EndsWith(Forms.OptionLabel("requester", "self", Language.Ja), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("0300000000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("本人確認済み (identity-verified)", StringComparison.Ordinal) && l.Contains("見本 一郎", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_in_japanese_heads_the_csv_in_japanese_and_keeps_phone_numbers_and_postal_codes_as_text()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record(steps: [InquiryStatus.IdentityVerified]) with
        {
            Values = new Dictionary<string, IReadOnlyList<string>>(DeskSamples.RequestValues()) { ["data_concerned"] = ["=HYPERLINK(\"http://example.org\")"] },
        });

        foreach (var lang in new[] { "ja", "en" })
        {
            var file = Path.Combine(_cli.Folder, $"export-{lang}.csv");
            var (exit, _, stderr) = await _cli.RunAsync("export", "--format", "csv", "--output", file, "--lang", lang);
            Assert.True(exit == 0, stderr);

            var bytes = File.ReadAllBytes(file);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
            var row = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
            string Header(string field) => lang == "ja" ? Forms.Label(field, Language.Ja) : field;

            Assert.Equal(lang == "ja" ? ["受付番号", "種類", "状態"] : ["reference", "kind", "status"], rows[0].Take(3));
            Assert.Equal(lang == "ja" ? "本人確認済み" : "identity-verified", row[rows[0][2]]);
            Assert.Equal("\t0300000000", row[Header("phone")]);
            Assert.Equal("\t100-0001", row[Header("postal_code")]);
            Assert.Equal("'=HYPERLINK(\"http://example.org\")", row[Header("data_concerned")]);
            Assert.Equal(record.Reference.Value, row[rows[0][0]]);
        }
    }

    [Theory]
    [InlineData("en", "0d", "'0d' is not a period: zero is refused, since every closed inquiry would be deleted at once. Write 1 or more, such as 3y.")]
    [InlineData("ja", "0d", "'0d' は期間として使えません。0 は受け付けません（完了した受付がすべて一度に削除されるため）。3y のように 1 以上の数で書いてください。")]
    [InlineData("en", "00y", "'00y' is not a period: zero is refused, since every closed inquiry would be deleted at once. Write 1 or more, such as 3y.")]
    public async Task Purge_says_that_a_zero_period_is_refused_and_deletes_nothing(string lang, string period, string message)
    {
        await _cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), steps: [InquiryStatus.Withdrawn]));

        var (exit, _, stderr) = await _cli.RunAsync("purge", "--older-than", period, "--yes", "--lang", lang);

        Assert.Equal(1, exit);
        Assert.Equal(message, stderr.Trim());
        Assert.Single(await _cli.Store.QueryAsync(new PrivacySite.Inquiries.Storage.InquiryQuery(), CancellationToken.None).ToListAsync());
    }
}
