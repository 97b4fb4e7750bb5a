using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Notifications;

internal static class NotificationServiceCollectionExtensions
{
    /// <summary>The queue the submit endpoint adds to, and, when a webhook is set, the background sender that empties it.</summary>
    public static IServiceCollection AddNewInquiryNotifications(this IServiceCollection services, WebhookOptions options)
    {
        var enabled = options.Url is not null;
        services.AddSingleton(provider => new NotificationQueue(enabled, provider.GetRequiredService<ILogger<NotificationQueue>>()));
        if (enabled)
        {
            services.AddSingleton(options);
            services.AddHostedService<WebhookSender>();
        }

        return services;
    }
}
