using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrivacySite.Intake.Hosting;
using PrivacySite.Site.Publishing;

namespace PrivacySite.Cli.Serving;

/// <summary>
/// The local web server behind `serve` and the browser tests: the built site with the same
/// security headers the static host sends, on a loopback port (0 picks a free one), and with
/// <see cref="LocalIntake"/> the intake service's endpoints under /api on the same origin.
/// </summary>
public static class LocalSiteApp
{
    /// <param name="formOrigins">Another origin the site's forms post to (a separately run intake service), allowed by the CSP.</param>
    /// <exception cref="IntakeStartupException">The intake's content or store settings are unusable.</exception>
    public static WebApplication Create(string outputRoot, int port, LiveReload? liveReload = null, LocalIntake? intake = null, params string[] formOrigins)
    {
        // The intake's pages link back to the site by its address, so the port is chosen before starting.
        var address = $"http://127.0.0.1:{(port == 0 ? FreePort() : port)}/";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(address);
        if (intake is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{IntakeOptions.Section}:{nameof(IntakeOptions.SiteBaseUrl)}"] = address,
                [$"{IntakeOptions.Section}:{nameof(IntakeOptions.ContentPath)}"] = intake.ContentRoot,
            });
            builder.Configuration.AddInMemoryCollection(intake.Settings ?? new Dictionary<string, string?>());
            builder.Services.AddInquiryIntake(builder.Configuration);
        }

        var app = builder.Build();
        var headers = SecurityHeaders.ForSite(formOrigins);
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

        if (intake is not null)
        {
            app.MapInquiryIntake();
        }

        // A fallback endpoint, not terminal middleware, so the endpoints above are reached first.
        app.MapFallback("{*path}", new StaticSiteHandler(outputRoot, injectLiveReload: liveReload is not null).HandleAsync);
        return app;
    }

    /// <summary>The address the started app listens on, e.g. http://127.0.0.1:41234/.</summary>
    public static string Address(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
