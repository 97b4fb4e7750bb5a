using System.Diagnostics;
using System.Threading.Channels;

namespace PrivacySite.Tests.Support;

/// <summary>
/// The privacysite executable left running, as for `serve`: its output can be awaited line by line,
/// and disposing stops that one process (and only it).
/// </summary>
public sealed class RunningCli : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    public RunningCli(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        _process = Process.Start(CliProcess.StartInfo(workingDirectory, environment, args))!;
        _process.OutputDataReceived += (_, e) => Write(e.Data);
        _process.ErrorDataReceived += (_, e) => Write(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits for a line containing the text; fails with everything printed so far if it never comes.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var seen = new List<string>();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(cancel.Token))
            {
                seen.Add(line);
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with what was printed.
        }

        throw new TimeoutException($"no line with '{text}' within {timeout.TotalSeconds} s; printed:\n" + string.Join('\n', seen));
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            _lines.Writer.TryWrite(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
