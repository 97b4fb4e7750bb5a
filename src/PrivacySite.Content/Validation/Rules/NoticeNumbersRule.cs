using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Fees and response times are plausible: a fee is not negative, and a promised response time
/// (of each request kind and of complaints) is at least a day and at most 60 business days,
/// since the Act asks for an answer without delay (Art. 33(2)).
/// </summary>
internal sealed class NoticeNumbersRule : RecordRule
{
    private const int MaxResponseDays = 60;
    private const int MaxFeeYen = 100_000;
    private static readonly string ResponseDays = YamlNaming.ToKey(nameof(ComplaintHandling.ResponseDays));

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, kind) in ModelWalker.Find<RequestKind>(model))
        {
            CheckRange(map, SourceMap.Join(path, ResponseDays), kind.ResponseDays, 1, MaxResponseDays, diagnostics);
            CheckRange(map, SourceMap.Join(path, "fee.yen"), kind.Fee.Yen, 0, MaxFeeYen, diagnostics);
        }

        foreach (var (path, complaints) in ModelWalker.Find<ComplaintHandling>(model))
        {
            CheckRange(map, SourceMap.Join(path, ResponseDays), complaints.ResponseDays, 1, MaxResponseDays, diagnostics);
        }
    }

    private static void CheckRange(SourceMap map, string path, int value, int min, int max, DiagnosticBag diagnostics)
    {
        if (value < min || value > max)
        {
            diagnostics.Add(DiagnosticDescriptors.NumberOutOfRange, map[path], path, min, max);
        }
    }
}
