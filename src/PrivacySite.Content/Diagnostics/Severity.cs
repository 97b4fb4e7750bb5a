namespace PrivacySite.Content.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
