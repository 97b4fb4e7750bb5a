using System.Net.Sockets;
using System.Text;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// Requests whose HTTP framing is broken, sent byte by byte over a socket to the app on a real
/// Kestrel (an HttpClient would refuse to send them): the client's fault is a 4xx, logged at most as
/// a warning without a stack trace, and nothing is stored.
/// </summary>
public sealed class HttpFramingTests : IAsyncLifetime
{
    private const string Head = "POST /api/inquiries/complaint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";

    private readonly IntakeApp _app = new();
    private int _port;

    public static TheoryData<string, string> BrokenChunks => new()
    {
        { "non-hex chunk size", Head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n" },
        { "chunk size that overflows", Head + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n" },
        { "chunk without its line end", Head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n" },
        { "chunk extension with a bare line feed", Head + "Transfer-Encoding: chunked\r\n\r\n2;x\n{}\r\n0\r\n\r\n" },
    };

    public Task InitializeAsync()
    {
        _port = FreePort.Next();
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
        _app.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(BrokenChunks))]
    public async Task A_broken_chunked_body_is_a_400(string name, string request)
    {
        var status = await SendAsync(Encoding.ASCII.GetBytes(request), bytesPerSecond: null);

        Assert.True(status == 400, $"{name}: {status}");
        await AssertHandledAsClientFaultAsync();
    }

    [Fact]
    public async Task A_body_that_trickles_in_is_a_408()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Samples.ComplaintJson()));
        var request = Encoding.ASCII.GetBytes(Head + $"Content-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();

        var status = await SendAsync(request, bytesPerSecond: 4, headStart: Head.Length + 40);

        Assert.Equal(408, status);
        await AssertHandledAsClientFaultAsync();
    }

    [Fact]
    public async Task Headers_that_trickle_in_are_a_408_once_the_service_s_headers_timeout_passes()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var status = await SendAsync(Encoding.ASCII.GetBytes(Head + new string('X', 400)), bytesPerSecond: 20);

        Assert.Equal(408, status);
        Assert.InRange(clock.Elapsed, IntakeOptions.HeadersTimeout, IntakeOptions.HeadersTimeout + TimeSpan.FromSeconds(5));
        await AssertHandledAsClientFaultAsync();
    }

    private async Task AssertHandledAsClientFaultAsync()
    {
        Assert.Equal(0, await _app.StoredCountAsync());
        var lines = _app.Logs.Lines.ToList();
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    /// <summary>Sends the bytes (all at once, or a few a second) and returns the status of the answer, 0 when none came.</summary>
    /// <param name="headStart">How many bytes go at full speed before the trickle begins.</param>
    private async Task<int> SendAsync(byte[] request, int? bytesPerSecond, int headStart = 0)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port);
        var stream = client.GetStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = ReadStatusAsync(stream, timeout.Token);
        try
        {
            var step = bytesPerSecond ?? request.Length;
            for (var sent = 0; sent < request.Length && !answer.IsCompleted; sent += step)
            {
                await stream.WriteAsync(request.AsMemory(sent, Math.Min(step, request.Length - sent)), timeout.Token);
                if (bytesPerSecond is not null && sent >= headStart)
                {
                    await Task.Delay(1000, timeout.Token);
                }
            }
        }
        catch (IOException)
        {
            // The server may close the connection while the rest is still being sent; its answer counts.
        }

        return await answer;
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var text = new StringBuilder();
        int read;
        while (!text.ToString().Contains("\r\n", StringComparison.Ordinal)
               && (read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var line = text.ToString();
        return line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(line[9..12], System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
