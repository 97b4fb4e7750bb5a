using PrivacySite.Content.Model;

namespace PrivacySite.Content.Diagnostics;

/// <summary>A stable diagnostic code with its message template in English and Japanese.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string English, string Japanese)
{
    public string Template(Language language) => language == Language.Ja ? Japanese : English;
}
