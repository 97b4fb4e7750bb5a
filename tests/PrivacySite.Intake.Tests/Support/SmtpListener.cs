using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PrivacySite.Intake.Tests.Support;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a loopback port, in process. It keeps every message it
/// accepts, parsed by MimeKit, and answers the n-th message (1-based) with the reply <c>answer</c> gives:
/// 250 takes it, a 4xx or 5xx refuses it.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store;

    private SmtpListener(Func<int, SmtpReplyCode> answer)
    {
        Port = FreePort.Next();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port)))
            .Build();
        _store = new Store(answer);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The messages accepted (250), in the order they came.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Accepted];

    /// <summary>How many messages were offered, accepted or not.</summary>
    public int Offered => _store.Offered;

    public static SmtpListener Start(Func<int, SmtpReplyCode> answer) => new(answer);

    public static SmtpListener Start() => new(_ => SmtpReplyCode.Ok);

    /// <summary>The settings that make the intake service send to this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings(int maxAttempts = 3) => SettingsFor(Port, maxAttempts);

    /// <summary>The settings that make the intake service send to a server on this loopback port, quickly retried.</summary>
    public static Dictionary<string, string?> SettingsFor(int port, int maxAttempts = 3) => new()
    {
        ["Intake:Mail:Host"] = "127.0.0.1",
        ["Intake:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Intake:Mail:Security"] = "none",
        ["Intake:Mail:From"] = "privacy@example.org",
        ["Intake:Mail:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Intake:Mail:RetryDelaySeconds"] = "0.05",
        ["Intake:Mail:TimeoutSeconds"] = "1",
    };

    /// <summary>Waits (up to 30 s) until <paramref name="count"/> messages were accepted.</summary>
    public async Task WaitForMessagesAsync(int count)
    {
        for (var i = 0; i < 300 && _store.Accepted.Count < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(_store.Accepted.Count >= count, $"the SMTP server accepted {_store.Accepted.Count} message(s), expected {count}");
    }

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private sealed class Store(Func<int, SmtpReplyCode> answer) : MessageStore
    {
        private int _offered;

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public int Offered => Volatile.Read(ref _offered);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var code = answer(Interlocked.Increment(ref _offered));
            if (code != SmtpReplyCode.Ok)
            {
                return Task.FromResult(new SmtpResponse(code, "refused by the test server"));
            }

            using var stream = new MemoryStream(buffer.ToArray());
            Accepted.Enqueue(MimeMessage.Load(stream));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
