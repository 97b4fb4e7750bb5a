using System.Globalization;

namespace PrivacySite.Inquiries.Audit;

/// <summary>The key of an audit record in either store: its time in ticks (sorting as text) and a random part, so two records never share one.</summary>
internal static class AuditKeys
{
    public static string For(AuditRecord record) =>
        record.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
}
