using System.Net;
using System.Net.Sockets;
using PrivacySite.Inquiries.Outbox;
using SmtpServer.Protocol;

namespace PrivacySite.Intake.Tests.Mail;

/// <summary>
/// A real SMTP server on loopback that refuses for a while (4xx), refuses for good (5xx), or never answers:
/// each attempt and its result is recorded in the inquiry's history, a passing refusal is retried, a
/// permanent one is not, and the log names no address or name (the app checks its log when disposed).
/// </summary>
public sealed class SmtpFailureTests
{
    private static async Task<InquiryRecord> SubmitAndWaitAsync(IntakeApp app, Func<InquiryRecord, bool> done)
    {
        using var client = app.Client();
        var response = await app.PostJson(client, "complaint", Samples.ComplaintJson());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = ReferenceNumber.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!);
        for (var i = 0; i < 300; i++)
        {
            var stored = (await app.Store.GetAsync(reference, CancellationToken.None))!;
            if (done(stored))
            {
                return stored;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the e-mail's attempts were not all recorded");
    }

    private static List<SendRecord> Sends(InquiryRecord record) => [.. record.History.Select(h => h.Send).OfType<SendRecord>().Where(s => s.Channel == OutboxChannel.Email)];

    [Fact]
    public async Task A_server_that_refuses_for_a_while_gets_the_message_on_the_third_try()
    {
        await using var smtp = SmtpListener.Start(n => n < 3 ? (SmtpReplyCode)451 : SmtpReplyCode.Ok);
        await using var app = new IntakeApp(settings: smtp.Settings(maxAttempts: 5));

        var stored = await SubmitAndWaitAsync(app, r => Sends(r).Any(s => s.Outcome == SendOutcome.Sent));

        Assert.Equal([SendOutcome.Failed, SendOutcome.Failed, SendOutcome.Sent], Sends(stored).Select(s => s.Outcome));
        Assert.Equal([1, 2, 3], Sends(stored).Select(s => s.Attempt));
        Assert.Contains("451", Sends(stored)[0].Detail);
        Assert.Single(smtp.Received);
        Assert.Single(smtp.Received.Select(m => m.MessageId).Distinct());
    }

    [Fact]
    public async Task A_permanently_refused_address_is_not_tried_again()
    {
        await using var smtp = SmtpListener.Start(_ => SmtpReplyCode.MailboxUnavailable);
        await using var app = new IntakeApp(settings: smtp.Settings(maxAttempts: 5));

        var stored = await SubmitAndWaitAsync(app, r => Sends(r).Count > 0);
        await Task.Delay(1000);

        var send = Assert.Single(Sends((await app.Store.GetAsync(stored.Reference, CancellationToken.None))!));
        Assert.Equal(SendOutcome.Refused, send.Outcome);
        Assert.Contains("550", send.Detail);
        Assert.DoesNotContain("@", send.Detail);
        Assert.Equal(1, smtp.Offered);
        Assert.Equal(OutboxState.GaveUp, Assert.Single(await app.Store.ForAsync(stored.Reference, CancellationToken.None)).State);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Gave up the email message 'received-complaint'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_that_never_answers_is_retried_up_to_the_limit_and_recorded()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accepted = new List<TcpClient>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    accepted.Add(await silent.AcceptTcpClientAsync());   // accepted, never greeted
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    return;
                }
            }
        });
        var settings = SmtpListener.SettingsFor(port, maxAttempts: 3);
        settings["Intake:Mail:TimeoutSeconds"] = "0.5";
        await using var app = new IntakeApp(settings: settings);

        var stored = await SubmitAndWaitAsync(app, r => Sends(r).Count >= 3);

        Assert.All(Sends(stored), s => Assert.Equal(SendOutcome.Failed, s.Outcome));
        Assert.All(Sends(stored), s => Assert.StartsWith("no answer", s.Detail));
        Assert.Equal(OutboxState.GaveUp, Assert.Single(await app.Store.ForAsync(stored.Reference, CancellationToken.None)).State);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("hanako", StringComparison.Ordinal) || l.Contains("見本", StringComparison.Ordinal));
        silent.Stop();
        accepted.ForEach(c => c.Dispose());
    }
}
