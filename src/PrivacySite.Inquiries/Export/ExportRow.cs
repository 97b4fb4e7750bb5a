using System.Globalization;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Export;

/// <summary>
/// An inquiry as it leaves the store for a spreadsheet or a script: times in Japan time, every
/// visible form field of both forms (hidden ones such as the idempotency token left out), and the history.
/// </summary>
public sealed record ExportRow(
    string Reference,
    string Kind,
    string Status,
    string Language,
    DateTimeOffset ReceivedAt,
    DateOnly DueOn,
    DateTimeOffset? ClosedAt,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<ExportHistoryEntry> History)
{
    /// <summary>Every visible field name of both forms, in form order, each once.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
        [.. InquiryForms.All.SelectMany(f => f.Fields).Where(f => !f.IsHidden).Select(f => f.Name).Distinct()];

    public static ExportRow From(InquiryRecord record) => new(
        record.Reference.Value,
        record.Kind.Slug(),
        record.Status.Name(),
        record.Language.Code(),
        JapanTime.From(record.ReceivedAt),
        record.DueOn,
        record.ClosedAt is { } closed ? JapanTime.From(closed) : null,
        FieldNames.Where(record.Values.ContainsKey).ToDictionary(n => n, n => record.Values[n], StringComparer.Ordinal),
        [.. record.History.Select(h => new ExportHistoryEntry(JapanTime.From(h.At), h.Status.Name(), h.Actor, h.Note))]);

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => IsoDate.Write(date);
}

public sealed record ExportHistoryEntry(DateTimeOffset At, string Status, string? Actor, string? Note);
