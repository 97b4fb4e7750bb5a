using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Fees and response times are plausible: a fee is not negative, and a promised response time
/// is at least a day and at most 60 days, since the Act asks for an answer without delay (Art. 33(2)).
/// </summary>
internal sealed class NoticeNumbersRule : RecordRule
{
    private const int MaxResponseDays = 60;
    private const int MaxFeeYen = 100_000;

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, kind) in ModelWalker.Find<RequestKind>(model))
        {
            CheckRange(map, $"{path}.response_days", kind.ResponseDays, 1, MaxResponseDays, diagnostics);
            CheckRange(map, $"{path}.fee.yen", kind.Fee.Yen, 0, MaxFeeYen, diagnostics);
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
