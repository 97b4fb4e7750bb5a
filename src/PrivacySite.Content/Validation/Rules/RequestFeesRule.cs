using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Fees as the law allows them: Art. 38(1) lets a handler charge only for notice of the purposes of use
/// (Art. 32(2)) and disclosure (Art. 33(1), incl. third-party provision records, 33(5)), so a fee on
/// correction, suspension or stop of provision is an error (free of charge may be said). A missing fee
/// is never one: the notice publishes a fee only where the Society sets one (Art. 32(1)(iii)).
/// </summary>
internal sealed class RequestFeesRule : RecordRule
{
    private static readonly string FeeKey = YamlNaming.ToKey(nameof(RequestKind.Fee));

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, requests) in ModelWalker.Find<RequestProcedures>(model))
        {
            foreach (var (key, kind) in requests.FeeFree)
            {
                if (kind.Fee is { } fee && fee.Yen != 0)
                {
                    var feePath = SourceMap.Join(SourceMap.Join(path, key), FeeKey);
                    diagnostics.Add(DiagnosticDescriptors.FeeNotAllowed, map[feePath], key, feePath);
                }
            }
        }

        foreach (var (path, fee) in ModelWalker.Find<Fee>(model))
        {
            if (fee.Yen is null && fee.Note is null)
            {
                diagnostics.Add(DiagnosticDescriptors.FeeWithoutAmount, map[path], path);
            }
        }
    }
}
