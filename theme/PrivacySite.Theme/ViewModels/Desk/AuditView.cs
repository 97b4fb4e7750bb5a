namespace PrivacySite.Theme.ViewModels.Desk;

/// <summary>One record of the audit trail: when, who, what, which inquiries.</summary>
public sealed record AuditRow(string At, string Actor, string Action, string References);

/// <summary>The audit trail, newest first, with the form that exports it.</summary>
public sealed record AuditView(IReadOnlyList<AuditRow> Rows, string ExportAction);

/// <summary>The purge: closed inquiries past retention (a dry run), and the form that deletes them.</summary>
public sealed record PurgeView(string Period, IReadOnlyList<InboxRow> Rows, string Action, string? Done);
