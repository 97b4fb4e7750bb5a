using System.Net.Http.Headers;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Inquiries.Documents;

namespace PrivacySite.Intake.Tests.Uploads;

/// <summary>
/// Azurite's blob service (data on disk) is stopped in the middle of an upload, after the first file reached it and
/// before the second: the answer is 503 with Retry-After, no inquiry is stored, and once Azurite is back the file that
/// got through is either gone already or an orphan the purge deletes; nothing of the submission stays.
/// </summary>
public sealed class UploadOutageTests : IAsyncLifetime
{
    private const string Boundary = "----upload-outage";
    private readonly TempFolder _folder = new();
    private AzuriteProcess _blobs = null!;
    private IntakeApp _app = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder.Combine("azurite"));
        _blobs = new AzuriteProcess(_folder.Combine("azurite"), AzuriteService.Blob);
        await _blobs.StartAsync();
        _app = new IntakeApp(settings: new Dictionary<string, string?>
        {
            ["InquiryStore:DocumentsConnectionString"] = _blobs.ConnectionString,
            ["InquiryStore:DocumentsContainer"] = "outage",
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _blobs.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Stopping_blob_storage_mid_upload_answers_503_and_leaves_no_inquiry_and_no_file()
    {
        using var client = _app.Client();
        var fields = Samples.RequestForm(Samples.NewToken());
        var firstStored = new TaskCompletionSource();
        var storageStopped = new TaskCompletionSource();
        var container = new BlobServiceClient(_blobs.ConnectionString).GetBlobContainerClient("outage");
        var body = new GatedBody(fields, firstStored, storageStopped.Task);

        var sending = _app.Send(client, new HttpRequestMessage(HttpMethod.Post, "/api/inquiries/request") { Content = body }, fields.Select(p => p.Value));
        await body.FirstFileSent.WaitAsync(TimeSpan.FromSeconds(30));
        await WaitForBlobAsync(container);
        await _blobs.StopAsync();
        storageStopped.SetResult();
        var response = await sending.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(0, await _app.StoredCountAsync());

        // Back up: what got through is an orphan (its deletion failed while storage was down), and the purge takes it.
        await _blobs.StartAsync();
        var documents = _app.Services.GetRequiredService<IDocumentStore>();
        var retention = new DocumentRetention(_app.Store, documents, TimeProvider.System);
        var orphans = await retention.OrphansAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.True(orphans.Count <= 1, $"{orphans.Count} orphan sets");
        await retention.DeleteOrphansAsync(orphans, CancellationToken.None);
        Assert.Empty(await container.GetBlobsAsync().ToListAsync());
        Assert.Equal(0, await _app.StoredCountAsync());
    }

    [Fact]
    public async Task Blob_storage_that_is_down_from_the_start_answers_503_and_stores_no_inquiry()
    {
        await using var app = new IntakeApp(settings: new Dictionary<string, string?>
        {
            ["InquiryStore:DocumentsConnectionString"] = AzuriteProcess.BlobConnectionStringAt(FreePort.Next()),
        });
        using var client = app.Client();
        var fields = Samples.RequestForm(Samples.NewToken());

        var response = await UploadForm.PostAsync(app, client, UploadForm.Build(fields, ("scan.pdf", UploadSamples.Pdf(), "application/pdf")), fields);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(0, await app.StoredCountAsync());
    }

    private static async Task WaitForBlobAsync(BlobContainerClient container)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await container.ExistsAsync() && await container.GetBlobsAsync().AnyAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the first file never reached blob storage");
    }

    /// <summary>A multipart body sent in two goes: the fields and a first file, then (once storage is stopped) a second file and the end.</summary>
    private sealed class GatedBody : HttpContent
    {
        private readonly IEnumerable<KeyValuePair<string, string>> _fields;
        private readonly TaskCompletionSource _firstSent;
        private readonly Task _release;

        public GatedBody(IEnumerable<KeyValuePair<string, string>> fields, TaskCompletionSource firstSent, Task release)
        {
            _fields = fields;
            _firstSent = firstSent;
            _release = release;
            Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        }

        public Task FirstFileSent => _firstSent.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var head = new StringBuilder();
            foreach (var (name, value) in _fields)
            {
                head.Append($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()));
            await WriteFileAsync(stream, "first.pdf", UploadSamples.Pdf());
            // The next part's start, so the reader finishes the first file and stores it.
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"--{Boundary}\r\n"));
            await stream.FlushAsync();
            _firstSent.TrySetResult();
            await _release;
            await stream.WriteAsync(Encoding.UTF8.GetBytes("Content-Disposition: form-data; name=\"documents\"; filename=\"second.png\"\r\nContent-Type: image/png\r\n\r\n"));
            await stream.WriteAsync(UploadSamples.Png());
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"\r\n--{Boundary}--\r\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        private static async Task WriteFileAsync(Stream stream, string name, byte[] bytes)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n"));
            await stream.WriteAsync(bytes);
            await stream.WriteAsync("\r\n"u8.ToArray());
        }
    }
}
