using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Emails;
using PrivacySite.Content.Validation;

namespace PrivacySite.Forms.Emails;

/// <summary>
/// content/emails/messages.yaml matches <see cref="EmailCatalog"/>: every e-mail has its words, no entry
/// names an e-mail the service does not send, and no subject or body names a placeholder the e-mail does not
/// fill (reported where the placeholder stands). A text without its English is the translation check's (PS0201).
/// </summary>
public sealed class EmailTextRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var map = content.SourceMaps[EmailTexts.File];
        var lines = new Lazy<string[]>(() => File.ReadAllLines(Path.Combine(content.Root, EmailTexts.File)));
        var emails = content.Emails.Emails;
        foreach (var missing in EmailCatalog.Emails.Keys.Where(name => content.Emails.Find(name) is null))
        {
            diagnostics.Add(DiagnosticDescriptors.EmailTextMissing, map["emails"], missing);
        }

        for (var i = 0; i < emails.Count; i++)
        {
            var email = emails[i];
            if (!EmailCatalog.Emails.ContainsKey(email.Name))
            {
                diagnostics.Add(DiagnosticDescriptors.EmailNameUnknown, map[$"emails[{i}].name"], email.Name, string.Join(", ", EmailCatalog.Emails.Keys));
                continue;
            }

            var allowed = EmailCatalog.PlaceholdersOf(email.Name);
            foreach (var (part, text) in new[] { ("subject", email.Subject), ("body", email.Body) })
            {
                foreach (var (language, words) in new[] { ("ja", text.Ja), ("en", text.En) })
                {
                    foreach (var name in EmailCatalog.Placeholders(words).Where(p => !allowed.Contains(p)).Distinct())
                    {
                        var where = Find(lines.Value, map[$"emails[{i}].{part}.{language}"], "{" + name + "}");
                        diagnostics.Add(DiagnosticDescriptors.EmailPlaceholderUnknown, where, name, email.Name, string.Join(", ", allowed));
                    }
                }
            }
        }
    }

    /// <summary>Where <paramref name="placeholder"/> first stands at or after the start of its text (a block text starts on the next line).</summary>
    private static SourceLocation Find(string[] lines, SourceLocation text, string placeholder)
    {
        for (var line = text.Line; line <= lines.Length; line++)
        {
            var from = line == text.Line ? Math.Max(0, text.Column - 1) : 0;
            var column = from < lines[line - 1].Length ? lines[line - 1].IndexOf(placeholder, from, StringComparison.Ordinal) : -1;
            if (column >= 0)
            {
                return text with { Line = line, Column = column + 1 };
            }
        }

        return text;
    }
}
