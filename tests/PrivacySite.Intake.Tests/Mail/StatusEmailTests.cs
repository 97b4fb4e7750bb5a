using PrivacySite.Inquiries.Desk;

namespace PrivacySite.Intake.Tests.Mail;

/// <summary>
/// A change the desk records beside the service (as the CLI does, in another handle on the store) is
/// e-mailed by the service's dispatcher: the refusal with its reason, the extension with its reason and new date.
/// </summary>
public sealed class StatusEmailTests
{
    [Fact]
    public async Task A_refusal_and_an_extension_recorded_at_the_desk_are_emailed_with_their_reason()
    {
        await using var smtp = SmtpListener.Start();
        await using var app = new IntakeApp(settings: smtp.Settings());
        using var _ = app.Client();
        var record = DeskSamples.Record(kind: InquiryKind.Complaint);
        await app.Store.AddAsync(record, [], CancellationToken.None);
        var desk = new InquiryDesk(new Inquiries.Storage.Files.FileInquiryStore(app.StoreFolder), TimeProvider.System);
        var later = record.DueOn.AddDays(30);

        Assert.IsType<StatusChange.Changed>(await desk.ExtendAsync(record.Reference, later, "見本 一郎", "関係部署への確認に時間がかかるため", CancellationToken.None));
        await smtp.WaitForMessagesAsync(1);

        // The dispatcher records the send in the history just after the mail server took it: the next step waits for that
        // write, which would otherwise change the inquiry between the step's read and its write (a conflict, rightly refused).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await app.Store.GetAsync(record.Reference, CancellationToken.None))!.History.All(h => h.Send is null) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.IsType<StatusChange.Changed>(await desk.ChangeStatusAsync(record.Reference, InquiryStatus.Refused, "見本 一郎", "ご本人であることを確認できませんでした", CancellationToken.None));
        await smtp.WaitForMessagesAsync(2);

        var extended = smtp.Received[0];
        Assert.Contains("回答期限を延長します", extended.Subject);
        Assert.Contains(later.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), extended.TextBody);
        Assert.Contains("関係部署への確認に時間がかかるため", extended.TextBody);
        var refused = smtp.Received[1];
        Assert.Contains(record.Reference.Value, refused.Subject);
        Assert.Contains("ご本人であることを確認できませんでした", refused.TextBody);
        Assert.Contains("ご本人であることを確認できませんでした", refused.HtmlBody);
        Assert.Equal("hanako@example.org", Assert.Single(refused.To.Mailboxes).Address);
        Assert.NotEqual(extended.MessageId, refused.MessageId);
    }
}
