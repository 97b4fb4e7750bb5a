using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Fees and response times are plausible: a fee is not negative, and a promised response time
/// (of each request kind and of complaints) is at least a day and at most 60 business days, since the Act asks for an answer without delay (Art. 33(2)).
/// </summary>
internal sealed class NoticeNumbersRule : IContentRule
{
    private const int MaxResponseDays = 60;
    private const int MaxFeeYen = 100_000;

    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        const string file = "notice/requests.yaml";
        var map = content.SourceMaps[file];
        var requests = content.Notice.Requests;
        foreach (var (key, kind) in requests.Kinds.Append(("medical_fee_statements", requests.MedicalFeeStatements)))
        {
            CheckRange(map[$"{key}.response_days"], $"{key}.response_days", kind.ResponseDays, 1, MaxResponseDays, diagnostics);
            CheckRange(map[$"{key}.fee.yen"], $"{key}.fee.yen", kind.Fee.Yen, 0, MaxFeeYen, diagnostics);
        }

        const string complaintsFile = "notice/complaints.yaml";
        const string complaintDays = "response_days";
        CheckRange(content.SourceMaps[complaintsFile][complaintDays], complaintDays, content.Notice.Complaints.ResponseDays, 1, MaxResponseDays, diagnostics);
    }

    private static void CheckRange(SourceLocation location, string path, int value, int min, int max, DiagnosticBag diagnostics)
    {
        if (value < min || value > max)
        {
            diagnostics.Add(DiagnosticDescriptors.NumberOutOfRange, location, path, min, max);
        }
    }
}
