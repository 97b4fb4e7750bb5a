using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrivacySite.Site.Publishing;

namespace PrivacySite.Cli.Serving;

/// <summary>
/// The local web server behind `serve` and the browser tests: the built site with the same
/// security headers the static host sends, on a loopback port (0 picks a free one).
/// </summary>
public static class LocalSiteApp
{
    public static WebApplication Create(string outputRoot, int port, LiveReload? liveReload = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();

        var headers = SecurityHeaders.ForSite();
        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            await next(context);
        });
        if (liveReload is not null)
        {
            app.MapGet(LiveReload.ScriptPath, () => Results.Text(LiveReload.Script, "text/javascript; charset=utf-8"));
            app.MapGet(LiveReload.EventsPath, liveReload.StreamAsync);
        }

        app.Run(new StaticSiteHandler(outputRoot, injectLiveReload: liveReload is not null).HandleAsync);
        return app;
    }

    /// <summary>The address the started app listens on, e.g. http://127.0.0.1:41234/.</summary>
    public static string Address(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
}
