using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Law;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>How complaints are handled is part of the complaint desk the law asks the notice to publish: an empty list publishes nothing.</summary>
internal sealed class ComplaintHandlingRule : RecordRule
{
    private static readonly string ItemsPath = SourceMap.Join(YamlNaming.ToKey(nameof(ComplaintHandling.Handling)), YamlNaming.ToKey(nameof(TitledList.Items)));

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, complaints) in ModelWalker.Find<ComplaintHandling>(model))
        {
            if (complaints.Handling.Items.Count == 0)
            {
                var items = SourceMap.Join(path, ItemsPath);
                LegalItemReport.MissingField(diagnostics, LegalItem.ComplaintContact, map[items], items);
            }
        }
    }
}
