using PrivacySite.Forms.Emails;
using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Tests.Cli.Inquiries;

/// <summary>
/// The desk's command stores the member's e-mail with each change it records (the service's dispatcher
/// sends it), and `show` lists each send and extension in the history.
/// </summary>
public sealed class DeskEmailCliTests : IDisposable
{
    private readonly DeskCli _cli = new();

    [Fact]
    public async Task Refusing_stores_the_refusal_email_with_the_reason()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record());

        var (exit, _, stderr) = await _cli.RunAsync("set-status", record.Reference.Value, "refused", "--note", "本人確認書類が届きませんでした");

        Assert.True(exit == 0, stderr);
        var message = Assert.Single(await _cli.Store.ForAsync(record.Reference, CancellationToken.None));
        Assert.Equal(EmailCatalog.Refused, message.Template);
        Assert.Equal("本人確認書類が届きませんでした", message.Values[EmailCatalog.Reason]);
        Assert.Equal(OutboxState.Pending, message.State);
    }

    [Fact]
    public async Task Extend_moves_the_due_date_stores_the_email_and_show_lists_it()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record());
        var later = record.DueOn.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (exit, stdout, stderr) = await _cli.RunAsync("extend", record.Reference.Value, "--until", later, "--note", "記録の取り寄せに時間がかかるため", "--actor", "見本 一郎");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"due date moved to {later}", stdout);
        Assert.Equal(later, (await _cli.Store.GetAsync(record.Reference, CancellationToken.None))!.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var message = Assert.Single(await _cli.Store.ForAsync(record.Reference, CancellationToken.None));
        Assert.Equal(EmailCatalog.Extended, message.Template);
        Assert.Equal(later, message.Values[EmailCatalog.NewDueOn]);
        Assert.Contains($"due date extended to {later}: 記録の取り寄せに時間がかかるため", (await _cli.RunAsync("show", record.Reference.Value)).Stdout);
    }

    [Fact]
    public async Task Extend_refuses_an_earlier_date_a_missing_reason_and_a_malformed_date()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record());
        var same = record.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var earlier = await _cli.RunAsync("extend", record.Reference.Value, "--until", same, "--note", "理由");
        var noReason = await _cli.RunAsync("extend", record.Reference.Value, "--until", "2099-01-01");
        var malformed = await _cli.RunAsync("extend", record.Reference.Value, "--until", "来月", "--note", "理由");

        Assert.Equal(1, earlier.Exit);
        Assert.Contains($"is due on {same}: an extension must give a later date", earlier.Stderr);
        Assert.Equal(1, noReason.Exit);
        Assert.Contains("--note", noReason.Stderr);
        Assert.Equal(1, malformed.Exit);
        Assert.Contains("is not a date", malformed.Stderr);
        Assert.DoesNotContain("   at ", earlier.Stderr + noReason.Stderr + malformed.Stderr);
        Assert.Empty(await _cli.Store.ForAsync(record.Reference, CancellationToken.None));
    }

    public void Dispose() => _cli.Dispose();
}
