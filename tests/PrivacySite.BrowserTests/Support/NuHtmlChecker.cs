using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PrivacySite.BrowserTests.Support;

/// <summary>
/// The Nu Html Checker (vnu.jar, the W3C validator's engine) running as a local service on a loopback
/// port: one Java process for the whole run, so each page and form state is checked in a moment.
/// Returns its errors as "name:line: message".
/// </summary>
public sealed class NuHtmlChecker : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly Task _ready;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log = new();

    private NuHtmlChecker(Process process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };

        // The service refuses requests without one.
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("PrivacySite.BrowserTests");
        _ready = WaitUntilListeningAsync();
    }

    /// <summary>Starts the service; checks wait until it listens.</summary>
    public static NuHtmlChecker Start()
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-Xss8m", "-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", ToolPaths.VnuJar, "nu.validator.servlet.Main", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var checker = new NuHtmlChecker(process, port);
        process.OutputDataReceived += (_, e) => checker.Log(e.Data);
        process.ErrorDataReceived += (_, e) => checker.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return checker;
    }

    public async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyDictionary<string, string> documents)
    {
        await _ready;
        var errors = new List<string>();
        foreach (var (name, html) in documents)
        {
            using var content = new StringContent(html, Encoding.UTF8, "text/html");
            using var response = await _http.PostAsync("?out=json", content);
            response.EnsureSuccessStatusCode();
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            errors.AddRange(report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"{name}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}"));
        }

        return errors;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the Nu Html Checker stopped at start-up (exit code {_process.ExitCode}); is Java installed?");
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"the Nu Html Checker did not answer within {StartTimeout.TotalSeconds} s ({last?.Message}); its last lines:\n" + string.Join('\n', _log.TakeLast(10)));
            }

            try
            {
                using var probe = new StringContent("<!DOCTYPE html><html lang=en><title>t</title>", Encoding.UTF8, "text/html");
                using var response = await _http.PostAsync("?out=json", probe);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = new HttpRequestException($"status {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException e)
            {
                // Not listening yet.
                last = e;
            }

            await Task.Delay(250);
        }
    }

    // Kept for the message when start-up fails; the service logs a line per check otherwise.
    private void Log(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
            while (_log.Count > 50 && _log.TryDequeue(out _))
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
