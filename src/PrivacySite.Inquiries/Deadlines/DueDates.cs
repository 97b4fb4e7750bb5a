using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Deadlines;

/// <summary>
/// When an answer is due: the number of business days the notice publishes for what is asked (notice/requests.yaml
/// per kind of request, notice/complaints.yaml for complaints), counted in business days in Japan from the day of
/// receipt; a request asking for several things is due by the earliest of their dates. Where the notice states no
/// number (none, or words such as 遅滞なく), the privacy office's internal target counts instead
/// (calendar/holidays.yaml <c>target_business_days</c>, <see cref="HolidayCalendar.DefaultTargetBusinessDays"/> if left out).
/// </summary>
public sealed class DueDates
{
    private readonly BusinessCalendar _calendar;
    private readonly IReadOnlyDictionary<string, int> _requestDays;
    private readonly int? _complaintDays;

    public DueDates(ContentSet content)
    {
        _calendar = new BusinessCalendar(content.Holidays);
        var requests = content.Notice.Requests;
        _requestDays = requests.Kinds
            .Append((Key: InquiryForms.MedicalFeeStatements, Kind: requests.MedicalFeeStatements))
            .Where(k => k.Kind.ResponseDays is not null)
            .ToDictionary(k => k.Key, k => k.Kind.ResponseDays!.Value, StringComparer.Ordinal);
        _complaintDays = content.Notice.Complaints.ResponseDays;
        TargetDays = content.Holidays.TargetBusinessDays ?? HolidayCalendar.DefaultTargetBusinessDays;
    }

    /// <summary>The office's working days, which count every deadline.</summary>
    public BusinessCalendar Calendar => _calendar;

    /// <summary>The internal target, in business days, for what the notice gives no number of days.</summary>
    public int TargetDays { get; }

    public DateOnly For(InquiryKind kind, IReadOnlyDictionary<string, IReadOnlyList<string>> values, DateTimeOffset receivedAt) =>
        _calendar.AddBusinessDays(JapanTime.DateOf(receivedAt), ResponseDays(kind, values));

    /// <summary>The due date moved <paramref name="businessDays"/> business days later (an extension).</summary>
    public DateOnly Extend(DateOnly dueOn, int businessDays) => _calendar.AddBusinessDays(dueOn, businessDays);

    /// <summary>The business days for this inquiry: the shortest the notice states for what it asks, else the internal target.</summary>
    public int ResponseDays(InquiryKind kind, IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        StatedDays(kind, values) ?? TargetDays;

    /// <summary>The shortest number of days the notice publishes for what the inquiry asks; null when it publishes none.</summary>
    public int? StatedDays(InquiryKind kind, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        if (kind == InquiryKind.Complaint)
        {
            return _complaintDays;
        }

        var asked = InquiryForms.ProceduresAskedFor(values).Where(_requestDays.ContainsKey).ToList();
        return asked.Count > 0 ? asked.Min(key => _requestDays[key]) : null;
    }
}
