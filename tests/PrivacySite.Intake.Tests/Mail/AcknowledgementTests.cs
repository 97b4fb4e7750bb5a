using MimeKit;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Intake.Tests.Mail;

/// <summary>
/// The acknowledgement e-mail, received by a real SMTP server on loopback and read back as MIME: the
/// headers, both parts in UTF-8, the member's language, the reference, dates, next steps and desk, and
/// nothing else the member wrote.
/// </summary>
public sealed class AcknowledgementTests
{
    private static readonly Lazy<Content.Model.ContentSet> Content = new(() => ContentLoader.LoadData(RepoPaths.SampleSociety, new DiagnosticBag()).Content!);

    private static async Task<(MimeMessage Mail, InquiryRecord Stored, IReadOnlyList<OutboxMessage> Outbox)> SubmitAsync(SmtpListener smtp, Func<IntakeApp, HttpClient, Task<string>> submit)
    {
        await using var app = new IntakeApp(settings: smtp.Settings());
        using var client = app.Client();
        var reference = await submit(app, client);
        await smtp.WaitForMessagesAsync(1);
        await app.FirstSendAsync(ReferenceNumber.Parse(reference));
        var stored = (await app.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None))!;

        return (Assert.Single(smtp.Received), stored, await app.Store.ForAsync(stored.Reference, CancellationToken.None));
    }

    private static async Task<string> PostComplaintAsync(IntakeApp app, HttpClient client)
    {
        var response = await app.PostJson(client, "complaint", Samples.ComplaintJson());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    [Fact]
    public async Task A_complaint_is_acknowledged_in_japanese_with_the_headers_and_both_parts()
    {
        await using var smtp = SmtpListener.Start();
        var (mail, stored, outbox) = await SubmitAsync(smtp, PostComplaintAsync);

        Assert.Equal("hanako@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("", Assert.Single(mail.To.Mailboxes).Name);
        Assert.Equal("privacy@example.org", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.EndsWith("@example.org", mail.MessageId);
        var message = Assert.Single(outbox, m => m.Channel == OutboxChannel.Email);
        Assert.StartsWith(message.Id, mail.MessageId);
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Contains(stored.Reference.Value, mail.Subject);
        Assert.Contains("苦情・相談", mail.Subject);

        var alternative = Assert.IsType<MultipartAlternative>(mail.Body);
        var text = Assert.Single(alternative.OfType<TextPart>(), p => p.IsPlain);
        var html = Assert.Single(alternative.OfType<TextPart>(), p => p.IsHtml);
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        Assert.Equal("utf-8", html.ContentType.Charset, ignoreCase: true);
        foreach (var body in new[] { text.Text, html.Text })
        {
            Assert.Contains(stored.Reference.Value, body);
            Assert.Contains(stored.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), body);
            Assert.Contains(Content.Value.Notice.Complaints.Contact.Name.Ja, body);
            Assert.Contains(Content.Value.Settings.Handler.Name.Ja, body);
            // Every value the member sent, except the ones the society's own details share with the sample member's (千代田区, 03-0000-0000).
            var contact = Content.Value.Notice.Complaints.Contact;
            var desk = string.Join(" ", contact.Channels.Select(c => $"{c.Address?.Ja} {c.Phone} {c.Email}"));
            foreach (var value in Samples.ComplaintJson().Values.OfType<string>().Where(v => v.Length >= 4 && v is not "self" and not "email" and not "handling" && !desk.Contains(v, StringComparison.Ordinal)))
            {
                Assert.DoesNotContain(value, body);
            }
        }

        Assert.Contains("<html lang=\"ja\">", html.Text);

        // The status page's code and link: the code opens this inquiry, and the outbox never held it.
        var code = System.Text.RegularExpressions.Regex.Match(text.Text, "(?:[0-9A-Z]{4}-){3}[0-9A-Z]{4}").Value;
        Assert.True(StatusCode.TryParse(code, out var parsed) && parsed.Value.Matches(stored.Reference, stored.StatusCodeHash), "the e-mail carries the inquiry's status code");
        Assert.Contains("/api/inquiries/status/ja", text.Text);
        Assert.False(message.Values.ContainsKey("status_code"));
        Assert.DoesNotContain(code, JsonSerializer.Serialize(outbox));
        var send = Assert.Single(stored.History, h => h.Send?.Channel == OutboxChannel.Email).Send!;
        Assert.Equal(SendOutcome.Sent, send.Outcome);
        Assert.Equal("received-complaint", send.Template);
    }

    [Fact]
    public async Task A_request_in_english_lists_the_identity_documents_and_the_fees_of_the_kinds_asked_for()
    {
        await using var smtp = SmtpListener.Start();
        var (mail, _, _) = await SubmitAsync(smtp, async (app, client) =>
        {
            var response = await app.PostForm(client, "request", Samples.RequestForm(lang: "en"));
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            var stored = await app.Store.QueryAsync(new Inquiries.Storage.InquiryQuery(), CancellationToken.None).SingleAsync();
            return stored.Reference.Value;
        });

        var requests = Content.Value.Notice.Requests;
        Assert.StartsWith("We have received your request", mail.Subject);
        Assert.Equal("en", mail.Body!.Headers[HeaderId.ContentLanguage]);
        var text = mail.TextBody;
        Assert.All(requests.Identity.Person, document => Assert.Contains(document.En!, text));
        Assert.DoesNotContain(requests.Identity.AppointedAgent.Except(requests.Identity.Person).First().En!, text);
        Assert.Contains(requests.Disclosure.Title.En!, text);
        Assert.Contains(requests.Correction.Title.En!, text);
        Assert.Contains(requests.MedicalFeeStatements.Title.En!, text);
        Assert.DoesNotContain(requests.Suspension.Title.En!, text);
        Assert.Contains(requests.Disclosure.Fee!.Yen == 0 ? "Free of charge" : $"¥{requests.Disclosure.Fee.Yen:N0}", text);
        Assert.DoesNotContain("見本", text);
        Assert.DoesNotContain("2023年度", text);
        Assert.Contains("<html lang=\"en\">", mail.HtmlBody);
    }

    [Fact]
    public async Task Without_mail_settings_the_acknowledgement_waits_in_the_outbox()
    {
        await using var app = new IntakeApp();
        using var client = app.Client();

        var reference = ReferenceNumber.Parse(await PostComplaintAsync(app, client));
        await Task.Delay(500);

        var message = Assert.Single(await app.Store.ForAsync(reference, CancellationToken.None));
        Assert.Equal(OutboxState.Pending, message.State);
        Assert.Equal(0, message.Attempts);
    }
}
