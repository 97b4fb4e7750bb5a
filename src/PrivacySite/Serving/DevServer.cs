using PrivacySite.Cli.Commands;
using PrivacySite.Site;

namespace PrivacySite.Cli.Serving;

/// <summary>
/// `serve`: builds once, serves the output on localhost, and rebuilds and reloads open
/// pages whenever content or the theme's assets change. A failed rebuild keeps the last good site.
/// </summary>
internal sealed class DevServer(BuildOptions options, int port, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!await SiteBuildRunner.RunAsync(options, output, error))
        {
            return 1;
        }

        var liveReload = new LiveReload();
        await using var app = LocalSiteApp.Create(options.OutputRoot, port, liveReload);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            error.WriteLine($"error: cannot listen on port {port}: {e.Message}. Try another with --port.");
            return 1;
        }

        output.WriteLine($"Serving http://127.0.0.1:{port}/ (English: http://127.0.0.1:{port}/en/). Watching {options.ContentRoot} for changes; Ctrl+C stops.");
        using var watcher = new ChangeWatcher([options.ContentRoot, options.ThemeAssets]);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var changes = await watcher.NextBurstAsync(cancellationToken);
                output.WriteLine($"Changed: {Path.GetRelativePath(Directory.GetCurrentDirectory(), changes[0])}{(changes.Count > 1 ? $" and {changes.Count - 1} more" : "")}");
                if (await SiteBuildRunner.RunAsync(options, output, error))
                {
                    liveReload.NotifyAll();
                }
            }
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("Stopped.");
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
