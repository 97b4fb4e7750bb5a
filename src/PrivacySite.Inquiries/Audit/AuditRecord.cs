using System.Text.Json;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Audit;

/// <summary>What staff did that the audit trail records: looked at a member's details, exported, purged, exported the trail, opened an identity document.</summary>
public enum AuditAction
{
    ViewedDetails,
    Exported,
    Purged,
    ExportedAuditTrail,
    OpenedDocument,
}

/// <summary>One record of the audit trail: when (UTC), who, what, and which inquiries (references only, never their content).</summary>
public sealed record AuditRecord(DateTimeOffset At, string Actor, AuditAction Action, IReadOnlyList<string> References)
{
    public static AuditRecord Of(DateTimeOffset at, string actor, AuditAction action, IEnumerable<ReferenceNumber> references) =>
        new(at, actor, action, [.. references.Select(r => r.Value)]);
}

public static class AuditActions
{
    /// <summary>The name stored and exported: "viewed-details", "exported", "purged", "exported-audit-trail", "opened-document".</summary>
    public static string Name(this AuditAction action) => JsonNamingPolicy.KebabCaseLower.ConvertName(action.ToString());
}
