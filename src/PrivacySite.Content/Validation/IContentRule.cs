using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation;

/// <summary>One check over loaded content. Rules only read the model and report.</summary>
public interface IContentRule
{
    void Check(ContentSet content, DiagnosticBag diagnostics);
}
