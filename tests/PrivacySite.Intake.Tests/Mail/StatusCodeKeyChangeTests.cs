using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Intake.Tests.Mail;

/// <summary>
/// The acknowledgement's code is derived again when the e-mail goes out, by whichever service process sends it:
/// after a key change the old key, kept second, still gives the member the right code; without it the e-mail
/// is refused and recorded rather than sent with a code that opens nothing.
/// </summary>
public sealed class StatusCodeKeyChangeTests
{
    private static readonly string OldKey = StatusCodeKeys.NewKeyText();
    private static readonly string NewKey = StatusCodeKeys.NewKeyText();

    [Fact]
    public async Task An_acknowledgement_stored_before_a_key_change_is_sent_with_its_own_code_while_the_old_key_is_kept()
    {
        using var store = new TempFolder();
        var (reference, code) = await StoreWithoutMailAsync(store.Path);
        await using var smtp = SmtpListener.Start();

        await using var after = new IntakeApp(settings: Settings(store.Path, $"{NewKey},{OldKey}", smtp.Settings()));
        _ = after.Client();
        await smtp.WaitForMessagesAsync(1);

        var text = Assert.Single(smtp.Received).TextBody;
        Assert.Contains(code.Value, text);
        Assert.True(StatusCode.TryParse(code.Value, out var parsed) && parsed.Value.Matches(reference, (await after.Store.GetAsync(reference, CancellationToken.None))!.StatusCodeHash));
    }

    [Fact]
    public async Task Without_the_old_key_the_acknowledgement_is_refused_and_recorded_not_sent_with_a_wrong_code()
    {
        using var store = new TempFolder();
        var (reference, _) = await StoreWithoutMailAsync(store.Path);
        await using var smtp = SmtpListener.Start();

        await using var after = new IntakeApp(settings: Settings(store.Path, NewKey, smtp.Settings()));
        _ = after.Client();
        var send = await after.FirstSendAsync(reference);

        Assert.Equal(SendOutcome.Refused, send.Outcome);
        Assert.Contains("Intake__StatusCodeKeys", send.Detail);
        Assert.Empty(smtp.Received);
        Assert.Equal(OutboxState.GaveUp, Assert.Single(await after.Store.ForAsync(reference, CancellationToken.None), m => m.Channel == OutboxChannel.Email).State);
    }

    /// <summary>A complaint stored by a service with the old key and no mail server: its acknowledgement waits.</summary>
    private static async Task<(ReferenceNumber Reference, StatusCode Code)> StoreWithoutMailAsync(string storePath)
    {
        await using var before = new IntakeApp(settings: Settings(storePath, OldKey, new Dictionary<string, string?>()));
        using var client = before.Client();
        var response = await before.PostJson(client, "complaint", Samples.ComplaintJson());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(StatusCode.TryParse(json.GetProperty("statusCode").GetString(), out var code));
        return (ReferenceNumber.Parse(json.GetProperty("reference").GetString()!), code.Value);
    }

    private static Dictionary<string, string?> Settings(string storePath, string keys, IReadOnlyDictionary<string, string?> mail) =>
        new(mail) { ["InquiryStore:Path"] = storePath, ["Intake:StatusCodeKeys"] = keys };
}
