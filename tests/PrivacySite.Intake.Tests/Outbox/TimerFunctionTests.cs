using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Intake.Tests.Outbox;

/// <summary>The timer function's call, as the Functions host makes it for a custom handler: POST /outbox-dispatch with the trigger's payload.</summary>
public sealed class TimerFunctionTests
{
    [Fact]
    public async Task The_timer_call_sends_what_another_process_stored_and_answers_as_the_functions_host_expects()
    {
        await using var listener = await WebhookListener.StartAsync(_ => 200);
        await using var app = new IntakeApp(webhookUrl: listener.Url, outboxPollSeconds: 3600);
        using var client = app.Client();
        var record = Samples.Record();

        // As the desk's command would: stored beside the service, which is not woken.
        await app.Store.AddAsync(record, [OutboxMessage.New(record.Reference, OutboxChannel.Webhook, MessageTemplates.NewInquiry, DateTimeOffset.UtcNow)], CancellationToken.None);
        await Task.Delay(500);
        Assert.Empty(listener.Posts);

        var payload = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"outbox-dispatch"}}}""";
        var response = await client.PostAsync("/outbox-dispatch", new StringContent(payload, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Contains("1 attempt", body.GetProperty("Logs")[0].GetString());
        Assert.Contains(record.Reference.Value, Assert.Single(listener.Posts).Body);
    }
}
