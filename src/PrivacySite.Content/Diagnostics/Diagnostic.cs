using PrivacySite.Content.Model;

namespace PrivacySite.Content.Diagnostics;

/// <summary>One finding about the content, with its message in both languages.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, IReadOnlyList<string> Arguments)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    public string Message(Language language) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.Template(language), [.. Arguments]);

    /// <summary>The compiler-style line editors and CI logs understand.</summary>
    public string Format(Language language = Language.En) =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message(language)}";
}
