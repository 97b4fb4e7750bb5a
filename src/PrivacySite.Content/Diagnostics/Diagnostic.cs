using PrivacySite.Content.Model;

namespace PrivacySite.Content.Diagnostics;

/// <summary>One finding about the content, with its message in both languages.</summary>
/// <param name="Arguments">Plain strings, or <see cref="Phrase"/>s that follow the message's language.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, IReadOnlyList<object> Arguments)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    public string Message(Language language) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.Template(language),
            [.. Arguments.Select(a => a is Phrase phrase ? phrase.In(language) : a)]);

    /// <summary>The compiler-style line editors and CI logs understand.</summary>
    public string Format(Language language = Language.En) =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message(language)}";
}
