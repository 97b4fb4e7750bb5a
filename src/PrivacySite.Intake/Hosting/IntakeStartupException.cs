namespace PrivacySite.Intake.Hosting;

/// <summary>The service cannot start: the message says why and what to change (no stack trace needed).</summary>
public sealed class IntakeStartupException(string message) : Exception(message);
