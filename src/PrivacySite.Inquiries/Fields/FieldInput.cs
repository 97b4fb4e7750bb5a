namespace PrivacySite.Inquiries.Fields;

/// <summary>
/// One HTML input (or JSON key) of a field. Most fields have one; a date has three
/// (<c>date_of_birth_year</c>, <c>_month</c>, <c>_day</c>), each with its own autocomplete token.
/// </summary>
public sealed record FieldInput(string Name, string? Autocomplete, string? InputMode, int MaxLength);
