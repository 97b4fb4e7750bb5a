namespace PrivacySite.Intake.Mail;

/// <summary>
/// An acknowledgement's status page code cannot be derived again, because the key it was made under was
/// removed from the service's keys before the e-mail went out: sending it with another code would mislead the member.
/// </summary>
public sealed class StatusCodeLostException() : Exception("the status page code of this acknowledgement cannot be derived again: the key it was made under is no longer among Intake__StatusCodeKeys");
