using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Law;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// The purposes are published in at least one shape with an entry (categories or the table by type of
/// information; APPI Art. 32(1)(ii)), and every group of purposes has a heading: its scope's or its own.
/// </summary>
internal sealed class PurposesRule : RecordRule
{
    private static readonly string CategoriesKey = YamlNaming.ToKey(nameof(PurposesOfUse.Categories));
    private static readonly string TypesKey = YamlNaming.ToKey(nameof(PurposesOfUse.InformationTypes));

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, purposes) in ModelWalker.Find<PurposesOfUse>(model))
        {
            if (purposes.CategoryList.Count == 0 && purposes.TypeRows.Count == 0)
            {
                var written = purposes.Categories is not null ? CategoriesKey : purposes.InformationTypes is not null ? TypesKey : null;
                LegalItemReport.MissingField(diagnostics, LegalItem.Purposes, written is null ? map.KeyOf(path) : map[SourceMap.Join(path, written)],
                    $"{CategoriesKey}, {TypesKey}");
            }
        }

        foreach (var (path, group) in ModelWalker.Find<PurposeGroup>(model))
        {
            if (group.Scope is null && group.Title is null)
            {
                diagnostics.Add(DiagnosticDescriptors.PurposeGroupUnheaded, map.KeyOf(path), path);
            }
        }
    }
}
