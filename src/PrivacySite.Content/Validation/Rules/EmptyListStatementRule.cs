using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Lists the notice may leave empty (joint use, countries where data is handled) need a
/// <c>when_none</c> sentence while empty, so the page states "none" rather than saying nothing;
/// and the sentence is pointless once the list has entries.
/// </summary>
internal sealed class EmptyListStatementRule : RecordRule
{
    private static readonly string WhenNone = YamlNaming.ToKey(nameof(JointUse.WhenNone));

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, value) in ModelWalker.Values(model))
        {
            switch (value)
            {
                case JointUse joint:
                    Check(map, path, YamlNaming.ToKey(nameof(JointUse.Entries)), joint.Entries.Count, joint.WhenNone, diagnostics);
                    break;
                case ExternalEnvironment abroad:
                    Check(map, path, YamlNaming.ToKey(nameof(ExternalEnvironment.Countries)), abroad.Countries.Count, abroad.WhenNone, diagnostics);
                    break;
            }
        }
    }

    private static void Check(SourceMap map, string path, string listKey, int count, LocalizedText? statement, DiagnosticBag diagnostics)
    {
        var listPath = SourceMap.Join(path, listKey);
        var statementPath = SourceMap.Join(path, WhenNone);
        if (count == 0 && statement is null)
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyListUnexplained, map[listPath], listPath, statementPath);
        }
        else if (count > 0 && statement is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyListStatementUnused, map[statementPath], listPath, statementPath);
        }
    }
}
