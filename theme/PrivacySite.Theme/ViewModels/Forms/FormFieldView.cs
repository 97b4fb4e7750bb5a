namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// One field as the page draws it, already in the page's language: label, hint, why it is asked,
/// its mark (※必須 or ※任意 in Japanese, "(optional)" in English), its inputs with the values typed so far, its choices, its error message, and the
/// fields its choices reveal.
/// </summary>
public sealed record FormFieldView(
    string Name,
    FormControl Control,
    string Label,
    string? Hint,
    string? Why,
    FieldMark? Mark,
    IReadOnlyList<FormInputView> Inputs,
    IReadOnlyList<FormOptionView> Options,
    string? Error,
    IReadOnlyList<ConditionalGroup> Reveals)
{
    public string HintId => Name + "-hint";

    public string WhyId => Name + "-why";

    public string ErrorId => Name + "-error";

    /// <summary>The ids that describe the field's inputs: its hint, why it is asked and its error, when present.</summary>
    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : HintId, Why is null ? null : WhyId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}

/// <summary>
/// One input of a field (a date has three, an address four), with its own label when it is a part
/// (and its own mark when the part is optional, as an address's building line is).
/// <paramref name="Size"/> is its width in characters when the expected answer is short (a postal code,
/// a year), null for the full width; <paramref name="Invalid"/> is true only for the input that is wrong.
/// </summary>
public sealed record FormInputView(
    string Id, string Name, string Value, string? Autocomplete, string? InputMode, int MaxLength,
    string? PartLabel = null, string? Type = null, FieldMark? Mark = null, int? Size = null, bool Invalid = false);

/// <summary>The mark after a field's label: whether it must be answered (※必須) or may be left out (※任意, "(optional)").</summary>
public sealed record FieldMark(string Text, bool Required);

/// <summary>One radio button or checkbox; <paramref name="Reveals"/> lists the numbers of the conditional groups it shows.</summary>
public sealed record FormOptionView(string Id, string Value, string Label, bool Selected, string? Reveals = null);

/// <summary>
/// Fields that apply only when one of certain choices of the field above is made, such as the
/// agent's name for an agent. site.css shows a group while a choice naming its number is checked,
/// so it works without JavaScript; it has a rule for each number up to <see cref="MaxPerField"/>.
/// </summary>
public sealed record ConditionalGroup(int Number, IReadOnlyList<FormFieldView> Fields)
{
    public const int MaxPerField = 3;
}
