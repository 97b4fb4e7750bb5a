using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Intake;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Status;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Desk;
using PrivacySite.Intake.Endpoints;
using PrivacySite.Intake.Http;
using PrivacySite.Intake.Outbox;
using PrivacySite.Intake.Responses;
using PrivacySite.Theme;

namespace PrivacySite.Intake.Hosting;

/// <summary>Registers the intake service (content, store, pages, rate limit, CORS) so any ASP.NET Core host can map its endpoints.</summary>
public static class IntakeServiceCollectionExtensions
{
    internal const string RateLimitPolicy = "intake-submissions";

    /// <summary>Status page lookups (and the receipt's code hand-over), limited per client apart from submissions, with the same numbers.</summary>
    internal const string StatusRateLimitPolicy = "intake-status";
    internal const string CorsPolicy = "intake-site";

    /// <summary>
    /// Checks the settings and loads and checks the content folder now, so a mistake in either stops
    /// the host before it listens.
    /// </summary>
    /// <exception cref="IntakeStartupException">A setting or the content is invalid; the message says what to fix.</exception>
    public static IServiceCollection AddInquiryIntake(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = IntakeSettings.Read(configuration);
        var options = settings.Options;
        var content = IntakeContent.Load(IntakeContent.Locate(options.ContentPath));
        IntakePages pages;
        try
        {
            pages = new IntakePages(content, options.SiteBaseUrl, AssetManifest.Scan(IntakeContent.ThemeAssets()));
        }
        catch (ArgumentException e)
        {
            throw new IntakeStartupException($"The intake service did not start: {IntakeOptions.Section}__SiteBaseUrl is not usable ({e.Message}).");
        }
        catch (IOException e)
        {
            throw new IntakeStartupException($"The intake service did not start: the theme's assets cannot be read ({e.Message}).");
        }

        NativeHeap.ReturnLargeBlocks();
        services.Configure<KestrelServerOptions>(KestrelLimits.Apply);
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(content);
        services.AddSingleton(ServiceAddress.From(options, content));
        services.AddSingleton(pages);
        services.AddSingleton(settings.Store.Open());
        services.AddSingleton(settings.Codes);
        services.AddSingleton(settings.Store.OpenDocuments());
        services.AddSingleton<StoredDocumentsCleanup>();
        services.AddSingleton<MultipartSubmissionReader>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new DueDates(content));
        services.AddSingleton(AskedForms.From(content.Forms.Fields));
        services.AddSingleton<InquiryIntake>();
        services.AddSingleton<SubmitEndpoint>();
        services.AddSingleton<ReceiptEndpoint>();
        services.AddSingleton<StatusLookup>();
        services.AddSingleton<StatusEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        services.AddOutbox(options);
        if (options.Desk.IsEnabled)
        {
            services.AddDesk(options.Desk, settings.Store);
        }

        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(pages.SiteOrigin)
            .WithMethods(HttpMethods.Post)
            .WithHeaders("Content-Type", SubmissionReader.IdempotencyHeader)));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var policy in new[] { RateLimitPolicy, StatusRateLimitPolicy })
            {
                limiter.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
                    ClientPartition.Key(context, options.RateLimit.TrustForwardedFor),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RateLimit.PermitLimit,
                        Window = TimeSpan.FromSeconds(options.RateLimit.WindowSeconds),
                        QueueLimit = 0,
                    }));
            }

            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, pages, options.RateLimit.WindowSeconds);
        });

        return services;
    }

    private static async ValueTask RejectAsync(HttpContext context, IntakePages pages, int windowSeconds)
    {
        context.Response.Headers.RetryAfter = windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (StatusLanguage(context.Request) is { } language)
        {
            // The status page again, in the member's language, saying to wait; nothing was looked up.
            context.Response.ContentType = "text/html; charset=utf-8";
            var page = await context.RequestServices.GetRequiredService<StatusEndpoint>()
                .RenderAsync(context.Request.PathBase, language, "", pages.Text.Pages.Status.TooMany);
            await context.Response.WriteAsync(page, context.RequestAborted);
        }
        else if (context.Request.HasFormContentType)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var kind = context.Request.Path.Value?.EndsWith("complaint", StringComparison.Ordinal) == true ? InquiryKind.Complaint : InquiryKind.Request;
            await context.Response.WriteAsync(await pages.MessageAsync(pages.Text.Pages.TooManyRequests, Languages.Default, kind), context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsJsonAsync(JsonErrors.Body(pages.Text, ErrorCodes.RateLimited), context.RequestAborted);
        }
    }

    /// <summary>The language of a status page address (/api/inquiries/status/en); null for any other address.</summary>
    private static Language? StatusLanguage(HttpRequest request) =>
        request.Path.Value is { } path && path.StartsWith(Forms.Routes.IntakeRoutes.StatusPrefix, StringComparison.Ordinal)
        && Languages.TryParse(path[Forms.Routes.IntakeRoutes.StatusPrefix.Length..], out var language)
            ? language
            : null;
}
