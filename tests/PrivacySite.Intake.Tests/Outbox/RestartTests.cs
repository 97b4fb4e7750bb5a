using System.Globalization;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage.Files;

namespace PrivacySite.Intake.Tests.Outbox;

/// <summary>
/// The outbox survives the service: the service is killed after it stored an inquiry and before its
/// announcement went out (while it was trying to post it, or before), and the announcement goes out
/// once the service runs again, after the dead dispatcher's lease.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_message_stored_before_the_service_was_killed_is_sent_after_it_restarts()
    {
        using var folder = new TempFolder();
        using var http = new HttpClient();
        var unreachable = $"http://127.0.0.1:{FreePort.Next()}/services/T000/B000/hook";
        string reference;
        var port = FreePort.Next();
        using (var first = FunctionsProcess.Start(folder.Path, Settings(port, unreachable)))
        {
            try
            {
                Assert.NotNull(await FunctionsProcess.WaitForAnswerAsync(http, port, "/api/health"));
                var response = await http.PostAsJsonAsync($"http://127.0.0.1:{port}/api/inquiries/complaint", Samples.ComplaintJson());
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
            }
            finally
            {
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }
        }

        var stored = new FileInquiryStore(folder.Combine("store"));
        var pending = Assert.Single(await stored.DueAsync(DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None).ToListAsync(), m => m.Channel == OutboxChannel.Webhook);
        Assert.Equal(reference, pending.Reference.Value);

        await using var listener = await WebhookListener.StartAsync(_ => 200);
        port = FreePort.Next();
        using var second = FunctionsProcess.Start(folder.Path, Settings(port, listener.Url));
        try
        {
            await listener.WaitForPostsAsync(1);
            Assert.Contains(reference, Assert.Single(listener.Posts).Body);
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }
    }

    private static (string, string)[] Settings(int port, string webhook) =>
    [
        ("ASPNETCORE_URLS", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"),
        ("InquiryStore__Path", "store"),
        ("Intake__Webhook__Url", webhook),
        ("Intake__Webhook__MaxAttempts", "20"),
        ("Intake__Webhook__RetryDelaySeconds", "0.2"),
        ("Intake__Outbox__PollSeconds", "0.2"),
        ("Intake__Outbox__LeaseSeconds", "2"),
    ];
}
