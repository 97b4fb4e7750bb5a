using PrivacySite.Content.Model;

namespace PrivacySite.Intake.Mail;

/// <summary>An e-mail's words, filled in: the subject, the plain text and the same text as HTML, in one language.</summary>
public sealed record ComposedEmail(Language Language, string Subject, string Text, string Html);
