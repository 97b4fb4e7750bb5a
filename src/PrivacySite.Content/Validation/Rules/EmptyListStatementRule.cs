using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Lists the notice may leave empty (joint use, countries where data is handled) need a
/// <c>when_none</c> sentence while empty, so the page states "none" rather than saying nothing;
/// and the sentence is pointless once the list has entries.
/// </summary>
internal sealed class EmptyListStatementRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var notice = content.Notice;
        Check(content, "notice/joint-use.yaml", "entries", "when_none", notice.JointUse.Entries.Count, notice.JointUse.WhenNone, diagnostics);
        var abroad = notice.SafetyMeasures.ExternalEnvironment;
        Check(content, "notice/safety-measures.yaml", "external_environment.countries", "external_environment.when_none", abroad.Countries.Count, abroad.WhenNone, diagnostics);
    }

    private static void Check(ContentSet content, string file, string listPath, string statementPath, int count, LocalizedText? statement, DiagnosticBag diagnostics)
    {
        var map = content.SourceMaps[file];
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
