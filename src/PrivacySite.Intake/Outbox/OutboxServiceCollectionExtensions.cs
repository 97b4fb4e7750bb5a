using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Endpoints;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Mail;
using PrivacySite.Intake.Notifications;

namespace PrivacySite.Intake.Outbox;

internal static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The messages each change causes (the office's channel only when a webhook is set), a sender per
    /// channel that has settings (e-mail over SMTP, or into a pickup folder; with neither, e-mails wait in
    /// the outbox), and the dispatcher: in the background and behind the timer function.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IntakeOptions options)
    {
        services.AddSingleton(new MessagePlan(announceToOffice: options.Webhook.Url is not null));
        if (options.Webhook.Url is not null)
        {
            services.AddSingleton(options.Webhook);
            services.AddSingleton<IMessageSender, WebhookSender>();
        }

        services.AddSingleton(options.Mail);

        // The desk shows an e-mail as the member will read it before a step sends it, with or without a mail server.
        services.AddSingleton<EmailComposer>();
        if (options.Mail.IsEnabled)
        {
            services.AddSingleton<EmailMessageFactory>();
            if (options.Mail.Host is not null)
            {
                services.AddSingleton<IMailDelivery, SmtpDelivery>();
            }
            else
            {
                services.AddSingleton<IMailDelivery, PickupFolderDelivery>();
            }

            services.AddSingleton<IMessageSender, EmailSender>();
        }

        services.AddSingleton(options.Outbox);
        services.AddSingleton<IOutbox>(provider => provider.GetRequiredService<IInquiryStore>());
        services.AddSingleton(provider => new OutboxDispatcher(
            provider.GetRequiredService<IOutbox>(),
            provider.GetRequiredService<IInquiryStore>(),
            provider.GetServices<IMessageSender>(),
            provider.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(options.Outbox.LeaseSeconds)));
        services.AddSingleton<OutboxRunner>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxTimerEndpoint>();
        services.AddHostedService<OutboxLoop>();
        return services;
    }
}
