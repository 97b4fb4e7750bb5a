namespace PrivacySite.Forms.Fields;

/// <summary>
/// One HTML input (or JSON key) of a field. Most fields have one; a date has three
/// (<c>date_of_birth_year</c>, <c>_month</c>, <c>_day</c>) and an address four, each with its own
/// autocomplete token and, as <paramref name="Part"/>, the name its label has in content/forms/fields.yaml.
/// </summary>
/// <param name="Optional">True for a part that may stay empty when the field is filled in (the building of an address).</param>
public sealed record FieldInput(string Name, string? Autocomplete, string? InputMode, int MaxLength, string? Part = null, bool Optional = false);
