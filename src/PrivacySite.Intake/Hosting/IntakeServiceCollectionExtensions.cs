using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Intake;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Inquiries.Validation;
using PrivacySite.Intake.Endpoints;
using PrivacySite.Intake.Http;
using PrivacySite.Intake.Responses;
using PrivacySite.Site.Planning;

namespace PrivacySite.Intake.Hosting;

/// <summary>Registers the intake service (content, store, pages, rate limit, CORS) so any ASP.NET Core host can map its endpoints.</summary>
public static class IntakeServiceCollectionExtensions
{
    internal const string RateLimitPolicy = "intake-submissions";
    internal const string CorsPolicy = "intake-site";

    /// <summary>
    /// Loads and checks the content folder now, so a broken one stops the host before it listens.
    /// </summary>
    /// <exception cref="IntakeStartupException">The content or the store settings are invalid; the message says what to fix.</exception>
    public static IServiceCollection AddInquiryIntake(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(IntakeOptions.Section).Get<IntakeOptions>() ?? new IntakeOptions();
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

        IInquiryStore store;
        try
        {
            store = InquiryStoreSettings.From(key => configuration[key]).Open();
        }
        catch (FormatException e)
        {
            throw new IntakeStartupException($"The intake service did not start: {InquiryStoreSettings.Section}__ConnectionString cannot be read ({e.Message}).");
        }

        services.Configure<IntakeOptions>(configuration.GetSection(IntakeOptions.Section));
        services.AddSingleton(content);
        services.AddSingleton(pages);
        services.AddSingleton(store);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new DueDates(content));
        services.AddSingleton<InquiryIntake>();
        services.AddSingleton<SubmitEndpoint>();
        services.AddSingleton<ReceiptEndpoint>();
        services.AddSingleton<HealthEndpoint>();

        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(pages.SiteOrigin)
            .WithMethods(HttpMethods.Post)
            .WithHeaders("Content-Type", SubmissionReader.IdempotencyHeader)));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientPartition.Key(context, options.RateLimit.TrustForwardedFor),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimit.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.RateLimit.WindowSeconds),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, pages, options.RateLimit.WindowSeconds);
        });

        return services;
    }

    private static async ValueTask RejectAsync(HttpContext context, IntakePages pages, int windowSeconds)
    {
        context.Response.Headers.RetryAfter = windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.HasFormContentType)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var kind = context.Request.Path.Value?.EndsWith("complaint", StringComparison.Ordinal) == true ? InquiryKind.Complaint : InquiryKind.Disclosure;
            await context.Response.WriteAsync(await pages.NoticeAsync(pages.Text.Pages.TooManyRequests, Languages.Default, kind), context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsJsonAsync(JsonErrors.Body(pages.Text, ErrorCodes.RateLimited), context.RequestAborted);
        }
    }
}
