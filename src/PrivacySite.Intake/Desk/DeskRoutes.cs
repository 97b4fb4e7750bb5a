using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// The desk's addresses, under /api (so the service's headers apply and a Static Web App forwards them).
/// Pages carry their language in the path (<c>/api/desk/ja/</c>, <c>/api/desk/en/</c>); an inquiry is named
/// by its reference alone, and nothing a member wrote ever travels in an address.
/// </summary>
public static class DeskRoutes
{
    public const string Root = "/api/desk";
    public const string SignInCallback = Root + "/signin-oidc";
    public const string SignedOutCallback = Root + "/signout-callback-oidc";
    public const string SignOut = Root + "/sign-out";
    public const string DevSignIn = Root + "/dev-sign-in";

    /// <summary>Every address under the desk, the one route of its function in a Function App.</summary>
    public const string Fallback = Root + "/{*path}";

    public const string InboxPattern = Root + "/{lang}/";
    public const string DetailPattern = Root + "/{lang}/inquiries/{reference}";
    public const string StatusPattern = DetailPattern + "/status";
    public const string ExtendPattern = DetailPattern + "/extend";
    public const string AssignPattern = DetailPattern + "/assign";
    public const string DocumentPattern = DetailPattern + "/documents/{name}";
    public const string ExportPattern = Root + "/{lang}/export";
    public const string PurgePattern = Root + "/{lang}/purge";
    public const string ReportsPattern = Root + "/{lang}/reports";
    public const string AuditPattern = Root + "/{lang}/audit";
    public const string AuditExportPattern = Root + "/{lang}/audit/export";

    public static string Inbox(Language language) => $"{Root}/{language.Code()}/";

    public static string Detail(Language language, ReferenceNumber reference) => $"{Root}/{language.Code()}/inquiries/{reference.Value}";

    public static string Status(Language language, ReferenceNumber reference) => Detail(language, reference) + "/status";

    public static string Extend(Language language, ReferenceNumber reference) => Detail(language, reference) + "/extend";

    public static string Assign(Language language, ReferenceNumber reference) => Detail(language, reference) + "/assign";

    public static string Document(Language language, ReferenceNumber reference, string name) => Detail(language, reference) + "/documents/" + name;

    public static string Export(Language language) => $"{Root}/{language.Code()}/export";

    public static string Purge(Language language) => $"{Root}/{language.Code()}/purge";

    public static string Reports(Language language) => $"{Root}/{language.Code()}/reports";

    public static string Audit(Language language) => $"{Root}/{language.Code()}/audit";

    public static string AuditExport(Language language) => $"{Root}/{language.Code()}/audit/export";
}
