using Microsoft.AspNetCore.Builder;
using PrivacySite.Cli.Commands;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;
using PrivacySite.Site;

namespace PrivacySite.Cli.Serving;

/// <summary>
/// `serve`: builds once, serves the output on localhost together with the intake service (so the
/// forms can be sent end to end, into the embedded file store unless InquiryStore__ConnectionString
/// says otherwise), and rebuilds and reloads open pages whenever content or the theme's assets change.
/// A failed rebuild keeps the last good site. The intake reads its words from content when it starts.
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
        WebApplication created;
        try
        {
            created = LocalSiteApp.Create(options.OutputRoot, port, liveReload, new LocalIntake(options.ContentRoot, LocalIntake.MailDefaults()));
        }
        catch (IntakeStartupException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }

        await using var app = created;
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            error.WriteLine($"error: cannot listen on port {port}: {e.Message}. Try another with --port.");
            return 1;
        }

        var store = InquiryStoreSettings.From(key => app.Configuration[key]);
        output.WriteLine($"Serving http://127.0.0.1:{port}/ (English: http://127.0.0.1:{port}/en/). Watching {options.ContentRoot} for changes; Ctrl+C stops.");
        output.WriteLine($"Forms are sent to the intake service at http://127.0.0.1:{port}/api/; submissions are saved in "
            + (store.UsesTableStorage ? "Table Storage (InquiryStore__ConnectionString)." : Path.GetFullPath(store.Path) + "."));
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
