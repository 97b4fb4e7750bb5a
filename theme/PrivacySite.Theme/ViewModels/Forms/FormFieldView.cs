namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// One field as the page draws it, already in the page's language: label, hint, "(optional)",
/// its inputs with the values typed so far, its choices, and its error message.
/// </summary>
public sealed record FormFieldView(
    string Name,
    FormControl Control,
    string Label,
    string? Hint,
    string? OptionalText,
    IReadOnlyList<FormInputView> Inputs,
    IReadOnlyList<FormOptionView> Options,
    string? Error)
{
    public string HintId => Name + "-hint";

    public string ErrorId => Name + "-error";

    /// <summary>The ids that describe the field's inputs: its hint and its error, when present.</summary>
    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}

/// <summary>One input of a field (a date has three), with its own label for the parts of a date.</summary>
public sealed record FormInputView(string Id, string Name, string Value, string? Autocomplete, string? InputMode, int MaxLength, string? PartLabel = null, string? Type = null);

/// <summary>One radio button or checkbox.</summary>
public sealed record FormOptionView(string Id, string Value, string Label, bool Selected);
