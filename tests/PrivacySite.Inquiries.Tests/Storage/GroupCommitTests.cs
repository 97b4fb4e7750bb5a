using Azure.Core;
using Azure.Core.Pipeline;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Tests.Storage;

/// <summary>
/// Submissions arriving together share entity group transactions on a real Azurite: fewer
/// requests than inquiries, yet each one stored and readable under its own reference.
/// </summary>
public sealed class GroupCommitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Concurrent_submissions_share_transactions_and_each_is_stored()
    {
        var transactions = new TransactionCounter();
        var options = InquiryStoreSettings.DefaultTableOptions();
        options.AddPolicy(transactions, HttpPipelinePosition.PerCall);
        var store = new InquiryStoreSettings(azurite.ConnectionString, "unused", "t" + Guid.NewGuid().ToString("N")).Open(options);
        await store.PingAsync(CancellationToken.None);
        var records = Enumerable.Range(0, 64).Select(_ => Samples.Record()).ToList();

        var results = await Task.WhenAll(records.Select(r => store.AddAsync(r, [], CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(AddStatus.Added, r.Status));
        Assert.InRange(transactions.Count, 1, records.Count / 2);
        foreach (var record in records)
        {
            Assert.Equal(record.SubmissionKey, (await store.GetAsync(record.Reference, CancellationToken.None))?.SubmissionKey);
        }
    }

    [Fact]
    public async Task A_member_the_service_refuses_fails_alone_and_the_others_sharing_its_transaction_are_stored()
    {
        var store = new InquiryStoreSettings(azurite.ConnectionString, "unused", "t" + Guid.NewGuid().ToString("N")).Open();
        await store.PingAsync(CancellationToken.None);

        // '#' is not allowed in a row key: the service answers 400 for that one action, as it would for any row it refuses.
        var records = Enumerable.Range(0, 16).Select(i => Samples.Record(key: i is 5 or 10 ? $"refused#{i}" : null)).ToList();
        var attempts = records.Select(r => store.AddAsync(r, [], CancellationToken.None)).ToList();

        for (var i = 0; i < records.Count; i++)
        {
            if (i is 5 or 10)
            {
                await Assert.ThrowsAsync<InquiryStoreUnavailableException>(() => attempts[i]);
                Assert.Null(await store.GetAsync(records[i].Reference, CancellationToken.None));
            }
            else
            {
                Assert.Equal(AddStatus.Added, (await attempts[i]).Status);
                Assert.NotNull(await store.GetAsync(records[i].Reference, CancellationToken.None));
            }
        }
    }

    private sealed class TransactionCounter : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
