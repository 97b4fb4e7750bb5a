using PrivacySite.Content.Model;

namespace PrivacySite.Intake.Mail;

/// <summary>An e-mail's words, filled in: the subject, the plain text and the same text as HTML, in one language.</summary>
public sealed record ComposedEmail(Language Language, string Subject, string Text, string Html)
{
    /// <summary>The text's paragraphs (parted by a blank line), each as its lines: how the HTML part and the desk's preview lay it out.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Paragraphs(string text) =>
        [.. text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => (IReadOnlyList<string>)p.Split('\n'))];
}
