using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using PrivacySite.Testing;
using SkiaSharp;

namespace PrivacySite.Intake.Benchmarks;

/// <summary>
/// The peak working set of the intake service (Release, its own process, the file store and document folder) while it
/// takes requests with five JPEG photos of nearly 10 MB each: the heaviest upload the form allows, since every picture
/// is decoded and re-encoded. Each round is one such request, sent after the last was answered; the service's peak
/// working set is printed before the first (after a small warm-up request) and after each round.
/// </summary>
internal static class UploadMemory
{
    private const long Limit = 10L * 1024 * 1024;

    public static async Task RunAsync(int rounds)
    {
        var scratch = Path.Combine(RepoPaths.Root, "artifacts", "benchmarks", "upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            var photo = PhotoOfNearly(Limit);
            Console.WriteLine($"Upload memory run: {Environment.ProcessorCount} cores, 5 JPEG files of {photo.Length:N0} bytes each ({photo.Length * 5 / 1024.0 / 1024.0:F1} MB per request), {rounds} rounds.");
            await using var server = await IntakeServer.StartAsync(scratch, connectionString: null);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };

            await SendAsync(http, [UploadSamples.Jpeg()], "warm-up");
            Console.WriteLine($"after a one-file warm-up: working set {Mb(server.WorkingSet)}, peak {Mb(server.PeakWorkingSet)}");
            for (var round = 1; round <= rounds; round++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await SendAsync(http, [photo, photo, photo, photo, photo], $"round {round}");
                Console.WriteLine($"round {round}: answered in {clock.Elapsed.TotalSeconds:F1} s; working set {Mb(server.WorkingSet)}, peak {Mb(server.PeakWorkingSet)}");
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task SendAsync(HttpClient http, IReadOnlyList<byte[]> files, string name)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (field, value) in Samples.RequestForm(Samples.NewToken()))
        {
            content.Add(new StringContent(value), field);
        }

        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i]);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "documents", $"photo{i + 1}.jpg");
        }

        var response = await http.PostAsync("/api/inquiries/request", content);
        if (response.StatusCode != HttpStatusCode.SeeOther)
        {
            throw new InvalidOperationException($"{name}: the service answered {(int)response.StatusCode}");
        }
    }

    /// <summary>A JPEG of random pixels (it compresses badly, as a detailed photo does) just under <paramref name="limit"/> bytes.</summary>
    private static byte[] PhotoOfNearly(long limit)
    {
        var side = 1000;
        byte[] best = UploadSamples.Noise(side, side, SKEncodedImageFormat.Jpeg);
        while (true)
        {
            var next = UploadSamples.Noise(side + 100, side + 100, SKEncodedImageFormat.Jpeg);
            if (next.Length > limit)
            {
                return best;
            }

            best = next;
            side += 100;
        }
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
