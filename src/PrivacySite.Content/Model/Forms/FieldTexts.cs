namespace PrivacySite.Content.Model.Forms;

/// <summary>
/// content/forms/fields.yaml: what each field of the online forms is called and how it is explained.
/// The fields themselves (kind, length, rules) are defined in code, in PrivacySite.Inquiries.
/// </summary>
public sealed record FieldTexts(IReadOnlyList<FieldText> Fields);

/// <summary>The label and help of one form field, and of each of its choices.</summary>
public sealed record FieldText(
    string Name,
    LocalizedText Label,
    LocalizedText? Hint = null,
    IReadOnlyList<OptionText>? Options = null);

/// <summary>One choice of a radio or checkbox field.</summary>
public sealed record OptionText(string Value, LocalizedText Label, LocalizedText? Hint = null);
