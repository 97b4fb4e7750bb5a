using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Fees and response times are plausible: a fee is not negative, and a stated response time
/// (of each request kind and of complaints) is at least a day and at most 60 business days,
/// since the Act asks for an answer without delay (Art. 33(2)); it is stated as days or in words, not both.
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
            CheckResponse(map, path, kind.ResponseDays, kind.ResponseTime is not null, diagnostics);
            CheckRange(map, SourceMap.Join(path, "fee.yen"), kind.Fee?.Yen, 0, MaxFeeYen, diagnostics);
        }

        foreach (var (path, complaints) in ModelWalker.Find<ComplaintHandling>(model))
        {
            CheckResponse(map, path, complaints.ResponseDays, complaints.ResponseTime is not null, diagnostics);
        }
    }

    private static void CheckResponse(SourceMap map, string path, int? days, bool inWords, DiagnosticBag diagnostics)
    {
        CheckRange(map, SourceMap.Join(path, ResponseDays), days, 1, MaxResponseDays, diagnostics);
        if (days is not null && inWords)
        {
            diagnostics.Add(DiagnosticDescriptors.ResponseTimeTwice, map[SourceMap.Join(path, ResponseDays)], path.Length == 0 ? "(file)" : path);
        }
    }

    private static void CheckRange(SourceMap map, string path, int? value, int min, int max, DiagnosticBag diagnostics)
    {
        if (value < min || value > max)
        {
            diagnostics.Add(DiagnosticDescriptors.NumberOutOfRange, map[path], path, min, max);
        }
    }
}
