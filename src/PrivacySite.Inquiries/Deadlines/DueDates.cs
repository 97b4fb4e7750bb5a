using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Deadlines;

/// <summary>
/// When an answer is due: the response time the notice publishes (notice/requests.yaml per kind
/// of request, notice/complaints.yaml for complaints), counted in business days in Japan from the
/// day of receipt. A request asking for several things is due by the earliest of their dates.
/// </summary>
public sealed class DueDates
{
    private readonly BusinessCalendar _calendar;
    private readonly IReadOnlyDictionary<string, int> _requestDays;
    private readonly int _complaintDays;

    public DueDates(ContentSet content)
    {
        _calendar = new BusinessCalendar(content.Holidays);
        var requests = content.Notice.Requests;
        _requestDays = requests.Kinds
            .Append((Key: InquiryForms.MedicalFeeStatements, Kind: requests.MedicalFeeStatements))
            .ToDictionary(k => k.Key, k => k.Kind.ResponseDays, StringComparer.Ordinal);
        _complaintDays = content.Notice.Complaints.ResponseDays;
    }

    public DateOnly For(InquiryKind kind, IReadOnlyDictionary<string, IReadOnlyList<string>> values, DateTimeOffset receivedAt) =>
        _calendar.AddBusinessDays(JapanTime.DateOf(receivedAt), ResponseDays(kind, values));

    /// <summary>The business days promised for this inquiry: the shortest of the procedures it asks for.</summary>
    public int ResponseDays(InquiryKind kind, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        if (kind == InquiryKind.Complaint)
        {
            return _complaintDays;
        }

        var asked = InquiryForms.ProceduresAskedFor(values).Where(_requestDays.ContainsKey).ToList();
        return asked.Count > 0 ? asked.Min(key => _requestDays[key]) : _requestDays.Values.Min();
    }
}
