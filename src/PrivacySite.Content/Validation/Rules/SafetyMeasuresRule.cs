using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Law;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// The measures are required (Cabinet Order Art. 10(i)) though each of the guidelines' categories is only
/// recommended: a safety-measures file that writes no category at all publishes no measure.
/// </summary>
internal sealed class SafetyMeasuresRule : RecordRule
{
    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, measures) in ModelWalker.Find<SafetyMeasures>(model))
        {
            if (measures.Categories.Count == 0)
            {
                LegalItemReport.MissingField(diagnostics, LegalItem.SafetyMeasures, map.KeyOf(path), "basic_policy, rules, organisational, human, physical, technical");
            }
        }
    }
}
