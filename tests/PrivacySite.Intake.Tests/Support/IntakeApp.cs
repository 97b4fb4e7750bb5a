using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrivacySite.Forms.Fields;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Intake.Tests.Support;

/// <summary>
/// The real intake app (functions/PrivacySite.Functions' Program) in memory, with the file store in a
/// temp folder or Table Storage on Azurite. Every log line is captured; when the app is disposed,
/// no line may hold any personal value a test sent through <see cref="Send"/>, nor any value or note of an inquiry
/// written to the store (<see cref="RememberingStore"/>: those the desk's tests seed and change too).
/// </summary>
public sealed class IntakeApp : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly ConcurrentBag<string> _sent = [];
    private static readonly HashSet<string> NotPersonal = [.. InquiryForms.All.SelectMany(f => f.Fields).SelectMany(f => f.AllowedValues.Concat(f.Inputs.Select(i => i.Name)))];

    /// <param name="webhookUrl">A local listener to announce new inquiries to; it is retried quickly (up to 3 posts, 50 ms apart, then 100 ms).</param>
    /// <param name="outboxPollSeconds">How often the background dispatcher looks in the outbox besides when a submission wakes it.</param>
    /// <param name="settings">Further settings ("Intake:Mail:Host"…), which win over these.</param>
    public IntakeApp(string? connectionString = null, int permitLimit = 100_000, string? siteBaseUrl = null, string? webhookUrl = null, double outboxPollSeconds = 0.2,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = new()
        {
            ["Intake:ContentPath"] = RepoPaths.SampleSociety,
            ["InquiryStore:ConnectionString"] = connectionString,
            ["InquiryStore:Path"] = _folder.Combine("inquiries"),
            ["InquiryStore:Table"] = "t" + Guid.NewGuid().ToString("N"),
            ["Intake:RateLimit:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Intake:RetryAfterSeconds"] = "7",
            ["Intake:SiteBaseUrl"] = siteBaseUrl,
            ["Intake:Webhook:Url"] = webhookUrl,
            ["Intake:Webhook:MaxAttempts"] = "3",
            ["Intake:Webhook:RetryDelaySeconds"] = "0.05",
            ["Intake:Outbox:PollSeconds"] = outboxPollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public LogSink Logs { get; } = new();

    public IInquiryStore Store => Services.GetRequiredService<IInquiryStore>();

    public string StoreFolder => _folder.Combine("inquiries");

    /// <summary>The Azurite table the service writes to, when it was given a connection string.</summary>
    public string TableName => _settings["InquiryStore:Table"]!;

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client that speaks https to the app (as a browser does to the deployed service), so Secure cookies travel; redirects are not followed.</summary>
    public HttpClient HttpsClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>Sends a request and remembers the personal values in it, for the log check.</summary>
    public Task<HttpResponseMessage> Send(HttpClient client, HttpRequestMessage request, IEnumerable<string> values)
    {
        Remember(values);
        return client.SendAsync(request);
    }

    /// <summary>Remembers personal values for the log check (short ones and the forms' own choice values are no sign of a leak).</summary>
    public void Remember(IEnumerable<string> values)
    {
        foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length >= 4 && !NotPersonal.Contains(v)))
        {
            _sent.Add(value);
        }
    }

    public Task<HttpResponseMessage> PostJson(HttpClient client, string kind, Dictionary<string, object> body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/inquiries/{kind}") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return Send(client, request, body.Values.OfType<string>());
    }

    public Task<HttpResponseMessage> PostForm(HttpClient client, string kind, IEnumerable<KeyValuePair<string, string>> form)
    {
        var pairs = form.ToList();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/inquiries/{kind}") { Content = new FormUrlEncodedContent(pairs) };
        return Send(client, request, pairs.Select(p => p.Value));
    }

    /// <summary>The inquiry's first send attempt, once the dispatcher has recorded it in the history (within 10 s).</summary>
    public async Task<SendRecord> FirstSendAsync(ReferenceNumber reference)
    {
        for (var i = 0; i < 200; i++)
        {
            if ((await Store.GetAsync(reference, CancellationToken.None))?.History.FirstOrDefault(h => h.Send is not null)?.Send is { } send)
            {
                return send;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the dispatcher recorded no send attempt in 10 s");
    }

    public async Task<int> StoredCountAsync() => await Store.QueryAsync(new InquiryQuery(), CancellationToken.None).CountAsync();

    /// <summary>The log lines that contain a value sent by a test: must be none.</summary>
    public IReadOnlyList<string> LeakedValues() =>
        [.. _sent.Distinct().SelectMany(v => Logs.Lines.Where(l => l.Contains(v, StringComparison.Ordinal)).Select(l => $"'{v}' in: {l}"))];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings.Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IInquiryStore));
            services.Remove(real);
            services.AddSingleton<IInquiryStore>(provider => new RememberingStore(
                (IInquiryStore)(real.ImplementationInstance ?? real.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, real.ImplementationType!)),
                Remember));
        });

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Logs);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
        var leaks = LeakedValues();
        if (leaks.Count > 0)
        {
            throw new InvalidOperationException("submitted values reached the logs:\n" + string.Join('\n', leaks.Take(10)));
        }
    }
}
