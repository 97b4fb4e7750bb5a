using System.Collections.Concurrent;
using System.Diagnostics;

namespace PrivacySite.Intake.Benchmarks;

/// <summary>
/// Runs an operation under load for a bounded time: closed loop (N workers back to back, for
/// throughput) or open loop (a fixed arrival rate, for latency at that rate). Loops stop by themselves.
/// </summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> ClosedLoopAsync(string name, int workers, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        var latencies = new ConcurrentQueue<double>();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        var counter = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await operation(Interlocked.Increment(ref counter));
                if (ok)
                {
                    latencies.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        return new LoadResult(name, latencies.Count, failed, clock.Elapsed, [.. latencies]);
    }

    public static async Task<LoadResult> OpenLoopAsync(string name, double perSecond, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        var latencies = new ConcurrentQueue<double>();
        var failed = 0;
        var total = (int)(perSecond * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var index = i;
            running.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                if (await operation(index))
                {
                    latencies.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }));
        }

        await Task.WhenAll(running);
        return new LoadResult(name, latencies.Count, failed, clock.Elapsed, [.. latencies]);
    }
}
