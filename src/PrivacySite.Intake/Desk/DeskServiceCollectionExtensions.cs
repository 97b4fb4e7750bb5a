using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Intake.Desk;

/// <summary>Registers the desk (sign-in, its pages and endpoints, the audit trail in the same store) when it is enabled.</summary>
internal static class DeskServiceCollectionExtensions
{
    public static void AddDesk(this IServiceCollection services, DeskOptions options, InquiryStoreSettings store)
    {
        services.AddDeskSignIn(options);
        services.AddSingleton(options);
        services.AddSingleton(store.OpenAuditTrail());
        services.AddSingleton(provider => new InquiryDesk(provider.GetRequiredService<IInquiryStore>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<DueDates>().Calendar,
            provider.GetRequiredService<PrivacySite.Inquiries.Documents.IDocumentStore>()));
        services.AddSingleton<DeskPages>();
        services.AddSingleton<DeskForms>();
        services.AddSingleton<InboxViewFactory>();
        services.AddSingleton<DetailViewFactory>();
        services.AddSingleton<DeskInboxEndpoints>();
        services.AddSingleton<DeskDocumentEndpoints>();
        services.AddSingleton<PrivacySite.Inquiries.Documents.DocumentRetention>();
        services.AddSingleton<DeskActionEndpoints>();
        services.AddSingleton<DeskExportEndpoints>();
        services.AddSingleton<DeskPurgeEndpoints>();
        services.AddSingleton<ReportViewFactory>();
        services.AddSingleton<DeskReportEndpoints>();
        services.AddSingleton<DeskSessionEndpoints>();
    }
}
