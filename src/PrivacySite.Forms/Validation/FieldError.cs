namespace PrivacySite.Forms.Validation;

/// <summary>
/// One problem with a submission. <see cref="Input"/> is the input to fix (for a date, the part
/// that is wrong), "" for the request as a whole. <see cref="Field"/> names the field whose label the message uses.
/// </summary>
public sealed record FieldError(string Input, string Code, string? Field = null, int? Max = null);
