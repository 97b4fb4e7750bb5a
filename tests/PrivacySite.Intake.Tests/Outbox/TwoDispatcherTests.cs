using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Notifications;

namespace PrivacySite.Intake.Tests.Outbox;

/// <summary>
/// Two dispatchers, as two Function App instances or the timer beside the service's own loop, on one
/// table in Azurite, posting to one real webhook listener: every message goes out, none twice.
/// </summary>
public sealed class TwoDispatcherTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int Inquiries = 40;

    [Fact]
    public async Task Two_dispatchers_on_one_table_send_each_message_once()
    {
        await using var listener = await WebhookListener.StartAsync(_ => 200);
        var settings = new InquiryStoreSettings(azurite.ConnectionString, "unused", "t" + Guid.NewGuid().ToString("N"));
        var store = settings.Open();
        var records = Enumerable.Range(0, Inquiries).Select(_ => Samples.Record()).ToList();
        foreach (var record in records)
        {
            await store.AddAsync(record, [OutboxMessage.New(record.Reference, OutboxChannel.Webhook, MessageTemplates.NewInquiry, DateTimeOffset.UtcNow)], CancellationToken.None);
        }

        var options = new WebhookOptions { Url = listener.Url, MaxAttempts = 3, RetryDelaySeconds = 0.05 };
        using var senderA = new WebhookSender(options);
        using var senderB = new WebhookSender(options);
        var storeA = settings.Open();
        var storeB = settings.Open();
        var a = new OutboxDispatcher(storeA, storeA, [senderA], TimeProvider.System, TimeSpan.FromMinutes(2));
        var b = new OutboxDispatcher(storeB, storeB, [senderB], TimeProvider.System, TimeSpan.FromMinutes(2));

        var done = await Task.WhenAll(a.RunOnceAsync(CancellationToken.None), b.RunOnceAsync(CancellationToken.None));

        Assert.Equal(Inquiries, done.Sum(d => d.Count));
        Assert.True(done.All(d => d.Count > 0), $"one dispatcher did all the work ({done[0].Count} and {done[1].Count}): the race was not run");
        Assert.Equal(Inquiries, listener.Posts.Count);
        Assert.Equal(Inquiries, listener.Posts.Select(p => p.Body).Distinct().Count());
        foreach (var record in records)
        {
            var read = (await store.GetAsync(record.Reference, CancellationToken.None))!;
            var send = Assert.Single(read.History, h => h.Send is not null).Send!;
            Assert.Equal(SendOutcome.Sent, send.Outcome);
        }

        Assert.Empty(await store.DueAsync(DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None).ToListAsync());
    }
}
