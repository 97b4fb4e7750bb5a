using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Tests.Storage;

/// <summary>
/// What every inquiry store must do, run against each implementation on real storage
/// (Azurite for Table Storage, a temp folder for the file store).
/// </summary>
public abstract class InquiryStoreContract
{
    /// <summary>
    /// The store of this test, empty when the test starts. Each call opens a new handle on the same
    /// storage, as another process (the desk's command beside the service) would.
    /// </summary>
    protected abstract Task<IInquiryStore> CreateStoreAsync();

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task An_added_inquiry_reads_back_unchanged()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();

        var added = await store.AddAsync(record, [], None);
        var read = await store.GetAsync(record.Reference, None);

        Assert.Equal(AddStatus.Added, added.Status);
        Assert.Equal(record.Reference, added.Reference);
        Assert.NotNull(read);
        Assert.Equal(record.Reference, read.Reference);
        Assert.Equal(record.ReceivedAt, read.ReceivedAt);
        Assert.Equal(record.DueOn, read.DueOn);
        Assert.Equal(record.Status, read.Status);
        Assert.Equal(record.Language, read.Language);
        Assert.Equal(record.SubmissionKey, read.SubmissionKey);
        Assert.Equal(record.Values.Keys.Order(), read.Values.Keys.Order());
        foreach (var (name, values) in record.Values)
        {
            Assert.Equal(values, read.Values[name]);
        }

        Assert.Equal(record.History, read.History);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task The_status_code_is_kept_as_its_hash_only_and_survives_an_update()
    {
        var store = await CreateStoreAsync();
        var code = RandomStatusCodes.New();
        var record = Samples.Record() is var sample ? sample with { StatusCodeHash = code.HashFor(sample.Reference) } : null!;

        await store.AddAsync(record, [], None);
        var read = (await store.GetAsync(record.Reference, None))!;
        var updated = await store.UpdateAsync(read with { Status = InquiryStatus.InProgress }, [], None);
        var again = (await store.GetAsync(record.Reference, None))!;

        Assert.Equal(code.HashFor(record.Reference), read.StatusCodeHash);
        Assert.True(code.Matches(record.Reference, again.StatusCodeHash));
        Assert.Equal(read.StatusCodeHash, updated.StatusCodeHash);
        Assert.DoesNotContain(code.Value, System.Text.Json.JsonSerializer.Serialize(again));
        Assert.DoesNotContain(code.Value.Replace("-", "", StringComparison.Ordinal), System.Text.Json.JsonSerializer.Serialize(again));
    }

    [Fact]
    public async Task The_status_lookup_opens_an_inquiry_only_with_its_own_code()
    {
        var store = await CreateStoreAsync();
        var code = RandomStatusCodes.New();
        var record = Samples.Record() is var sample ? sample with { StatusCodeHash = code.HashFor(sample.Reference) } : null!;
        var other = Samples.Record();
        await store.AddAsync(record, [], None);
        await store.AddAsync(other, [], None);
        var lookup = new Inquiries.Status.StatusLookup(store);

        Assert.Equal(record.Reference, (await lookup.FindAsync(record.Reference.Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal), code.Value.ToLowerInvariant(), None))?.Reference);
        Assert.Null(await lookup.FindAsync(record.Reference.Value, RandomStatusCodes.New().Value, None));
        Assert.Null(await lookup.FindAsync(other.Reference.Value, code.Value, None));
        Assert.Null(await lookup.FindAsync(ReferenceNumber.New(InquiryKind.Complaint).Value, code.Value, None));
        Assert.Null(await lookup.FindAsync(record.Reference.Value, null, None));
        Assert.Null(await lookup.FindAsync("not a reference", code.Value, None));
    }

    /// <summary>Both stores take exactly what the forms accept: the longest submissions store and read back unchanged, and so does a long history.</summary>
    [Theory]
    [MemberData(nameof(LongestSubmissions.Kinds), MemberType = typeof(LongestSubmissions))]
    public async Task The_longest_submission_the_form_accepts_stores_and_reads_back_unchanged(InquiryKind kind)
    {
        var store = await CreateStoreAsync();
        var record = LongestSubmissions.Record(kind);
        if (kind == InquiryKind.Complaint)
        {
            // Longer than one table property holds, or this test would prove nothing.
            Assert.True(InquiryJson.Values(record.Values).Length > 32_768, "the longest complaint's stored JSON fits one table property");
        }

        Assert.Equal(AddStatus.Added, (await store.AddAsync(record, [], None)).Status);
        var read = (await store.GetAsync(record.Reference, None))!;
        Assert.Equal(record.Values.Keys.Order(), read.Values.Keys.Order());
        foreach (var (name, values) in record.Values)
        {
            Assert.Equal(values, read.Values[name]);
        }

        var note = string.Concat(Enumerable.Repeat("<&\"😀", 10_000));
        var noted = read with { History = [.. read.History, new HistoryEntry(read.ReceivedAt.AddDays(1), InquiryStatus.InProgress, note, "見本 一郎")] };
        await store.UpdateAsync(noted, [], None);
        Assert.Equal(note, (await store.GetAsync(record.Reference, None))!.History[^1].Note);
    }

    [Fact]
    public async Task An_unknown_reference_reads_as_null()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.GetAsync(ReferenceNumber.New(InquiryKind.Request), None));
    }

    [Fact]
    public async Task The_same_submission_key_is_stored_once_and_answers_with_the_first_reference()
    {
        var store = await CreateStoreAsync();
        var first = Samples.Record(key: "repeat");
        var second = Samples.Record(key: "repeat", receivedAt: first.ReceivedAt.AddSeconds(5));

        await store.AddAsync(first, [], None);
        var repeat = await store.AddAsync(second, [], None);

        Assert.Equal(AddStatus.Duplicate, repeat.Status);
        Assert.Equal(first.Reference, repeat.Reference);
        Assert.Equal(first.ReceivedAt, repeat.ReceivedAt);
        Assert.Null(await store.GetAsync(second.Reference, None));
        Assert.Single(await ToListAsync(store.QueryAsync(new InquiryQuery(), None)));
    }

    [Fact]
    public async Task A_repeat_reports_the_fingerprint_of_the_answers_stored_first_under_its_key()
    {
        var store = await CreateStoreAsync();
        var first = Samples.Record(key: "reused");
        await store.AddAsync(first, [], None);
        var other = Samples.Record(key: "reused") with { Values = new Dictionary<string, IReadOnlyList<string>> { ["name"] = ["別人 次郎"] } };

        var same = await store.AddAsync(Samples.Record(key: "reused"), [], None);
        var changed = await store.AddAsync(other, [], None);

        Assert.Equal((AddStatus.Duplicate, AnswersHash.Of(first.Values)), (same.Status, same.FirstAnswers));
        Assert.Equal((AddStatus.Duplicate, AnswersHash.Of(first.Values)), (changed.Status, changed.FirstAnswers));
        Assert.Equal(first.Values["name"], (await store.GetAsync(first.Reference, None))!.Values["name"]);
    }

    [Fact]
    public async Task Concurrent_posts_of_one_submission_store_exactly_one_inquiry()
    {
        var store = await CreateStoreAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => store.AddAsync(Samples.Record(key: "double-click"), [], None)));

        var references = results.Select(r => r.Reference).Distinct().ToList();
        Assert.Single(references);
        Assert.Single(results, r => r.Status == AddStatus.Added);
        var stored = await ToListAsync(store.QueryAsync(new InquiryQuery(), None));
        Assert.Equal(references[0], Assert.Single(stored).Reference);
    }

    [Fact]
    public async Task A_burst_of_submissions_with_repeats_among_them_stores_each_submission_once()
    {
        var store = await CreateStoreAsync();
        var earlier = Samples.Record(key: "sent-yesterday");
        await store.AddAsync(earlier, [], None);
        var fresh = Enumerable.Range(0, 40).Select(i => Samples.Record(i % 2 == 0 ? InquiryKind.Complaint : InquiryKind.Request, key: $"burst-{i}")).ToList();
        var repeats = Enumerable.Range(0, 4).Select(_ => Samples.Record(key: "sent-yesterday"))
            .Concat(Enumerable.Range(0, 4).Select(_ => Samples.Record(key: "burst-0")))
            .ToList();

        // Repeats interleaved with new submissions, all in flight at once.
        var posted = fresh.Concat(repeats).OrderBy(r => r.Reference.Value, StringComparer.Ordinal).ToList();
        var results = (await Task.WhenAll(posted.Select(r => store.AddAsync(r, [], None))))
            .Zip(posted, (result, record) => (Result: result, Record: record)).ToList();

        var stored = await ToListAsync(store.QueryAsync(new InquiryQuery(), None));
        Assert.Equal(1 + fresh.Count, stored.Count);
        Assert.All(results.Where(r => r.Record.SubmissionKey == "sent-yesterday"), r => Assert.Equal((AddStatus.Duplicate, earlier.Reference), (r.Result.Status, r.Result.Reference)));
        var burst0 = results.Where(r => r.Record.SubmissionKey == "burst-0").Select(r => r.Result).ToList();
        Assert.Single(burst0, r => r.Status == AddStatus.Added);
        Assert.Single(burst0.Select(r => r.Reference).Distinct());
        foreach (var record in fresh.Skip(1))
        {
            var result = results.Single(r => r.Record == record).Result;
            Assert.Equal((AddStatus.Added, record.Reference), (result.Status, result.Reference));
            Assert.Equal(record.SubmissionKey, (await store.GetAsync(record.Reference, None))?.SubmissionKey);
        }
    }

    [Fact]
    public async Task A_reference_number_already_taken_is_reported_and_nothing_is_overwritten()
    {
        var store = await CreateStoreAsync();
        var first = Samples.Record();
        await store.AddAsync(first, [], None);

        var clash = Samples.Record() with { Reference = first.Reference };
        var result = await store.AddAsync(clash, [], None);

        Assert.Equal(AddStatus.ReferenceTaken, result.Status);
        Assert.Equal(first.SubmissionKey, (await store.GetAsync(first.Reference, None))!.SubmissionKey);

        // The clashing submission's key was not left claimed: it can be stored under a new number.
        var retried = await store.AddAsync(clash with { Reference = ReferenceNumber.New(clash.Kind) }, [], None);
        Assert.Equal(AddStatus.Added, retried.Status);
    }

    [Fact]
    public async Task Queries_filter_by_kind_status_and_time_received()
    {
        var store = await CreateStoreAsync();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var records = new[]
        {
            Samples.Record(InquiryKind.Complaint, receivedAt: start),
            Samples.Record(InquiryKind.Complaint, receivedAt: start.AddDays(1), status: InquiryStatus.Answered),
            Samples.Record(InquiryKind.Request, receivedAt: start.AddDays(2)),
            Samples.Record(InquiryKind.Request, receivedAt: start.AddDays(3)),
        };
        foreach (var record in records)
        {
            await store.AddAsync(record, [], None);
        }

        async Task<string[]> Query(InquiryQuery query) =>
            [.. (await ToListAsync(store.QueryAsync(query, None))).Select(r => r.Reference.Value).Order()];

        string[] Expect(params int[] indexes) => [.. indexes.Select(i => records[i].Reference.Value).Order()];

        Assert.Equal(Expect(0, 1, 2, 3), await Query(new InquiryQuery()));
        Assert.Equal(Expect(2, 3), await Query(new InquiryQuery(Kind: InquiryKind.Request)));
        Assert.Equal(Expect(0, 2, 3), await Query(new InquiryQuery(Status: InquiryStatus.Received)));
        Assert.Equal(Expect(1, 2), await Query(new InquiryQuery(ReceivedFrom: start.AddDays(1), ReceivedBefore: start.AddDays(3))));
        Assert.Equal(Expect(3), await Query(new InquiryQuery(InquiryKind.Request, InquiryStatus.Received, start.AddDays(2.5))));
    }

    [Fact]
    public async Task An_update_needs_the_current_etag_and_appends_history()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [], None);
        var read = (await store.GetAsync(record.Reference, None))!;

        var changed = read with
        {
            Status = InquiryStatus.InProgress,
            History = [.. read.History, new HistoryEntry(read.ReceivedAt.AddHours(1), InquiryStatus.InProgress, "担当: 窓口", "見本 一郎")],
        };
        var updated = await store.UpdateAsync(changed, [], None);
        var reread = (await store.GetAsync(record.Reference, None))!;

        Assert.NotEqual(read.ETag, updated.ETag);
        Assert.Equal(updated.ETag, reread.ETag);
        Assert.Equal(InquiryStatus.InProgress, reread.Status);
        Assert.Equal(2, reread.History.Count);
        Assert.Equal("担当: 窓口", reread.History[1].Note);
        Assert.Equal("見本 一郎", reread.History[1].Actor);
        Assert.Equal(read.History[0], reread.History[0]);

        // A second desk member still holding the first version cannot overwrite the change.
        await Assert.ThrowsAsync<InquiryConcurrencyException>(() => store.UpdateAsync(read with { Status = InquiryStatus.Answered }, [], None));
        Assert.Equal(InquiryStatus.InProgress, (await store.GetAsync(record.Reference, None))!.Status);
    }

    [Fact]
    public async Task Staff_updating_one_inquiry_at_once_through_separate_handles_never_both_win()
    {
        // Separate handles share nothing in memory, like the desk's command and the service in two processes.
        var handles = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => CreateStoreAsync()));
        var record = Samples.Record();
        await handles[0].AddAsync(record, [], None);

        // Many rounds, so an update that compared and replaced without holding the others off would show.
        for (var round = 0; round < 25; round++)
        {
            var reads = await Task.WhenAll(handles.Select(h => h.GetAsync(record.Reference, None)));
            using var start = new ManualResetEventSlim();
            var attempts = handles.Select((handle, i) => Task.Run(() =>
            {
                var read = reads[i]!;
                var entry = new HistoryEntry(read.ReceivedAt.AddMinutes(round), InquiryStatus.InProgress, $"round {round}", $"staff {i}");
                start.Wait();
                return Attempt(handle, read with { History = [.. read.History, entry] });
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(results, r => r is not null)!;
            var stored = (await handles[0].GetAsync(record.Reference, None))!;
            Assert.Equal(winner.ETag, stored.ETag);
            Assert.Equal(round + 2, stored.History.Count);
            Assert.Equal(winner.History[^1], stored.History[^1]);
        }

        static async Task<InquiryRecord?> Attempt(IInquiryStore store, InquiryRecord changed)
        {
            try
            {
                return await store.UpdateAsync(changed, [], None);
            }
            catch (InquiryConcurrencyException)
            {
                return null;
            }
        }
    }

    [Fact]
    public async Task Delete_needs_the_current_etag_and_removes_the_inquiry_and_its_key()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record(key: "retention");
        await store.AddAsync(record, [], None);
        var read = (await store.GetAsync(record.Reference, None))!;
        await store.UpdateAsync(read with { Status = InquiryStatus.Answered }, [], None);

        await Assert.ThrowsAsync<InquiryConcurrencyException>(() => store.DeleteAsync(read, None));
        var current = (await store.GetAsync(record.Reference, None))!;
        await store.DeleteAsync(current, None);

        Assert.Null(await store.GetAsync(record.Reference, None));
        Assert.Empty(await ToListAsync(store.QueryAsync(new InquiryQuery(), None)));
        var again = await store.AddAsync(Samples.Record(key: "retention"), [], None);
        Assert.Equal(AddStatus.Added, again.Status);
    }

    [Fact]
    public async Task A_working_store_answers_the_health_check()
    {
        var store = await CreateStoreAsync();
        Assert.True(await store.PingAsync(None));
    }

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
