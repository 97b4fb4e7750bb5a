namespace PrivacySite.Inquiries.Fields;

/// <summary>
/// One field of an inquiry form: the single definition the validator checks against and the
/// form pages are generated from. Labels and help live in content/forms/fields.yaml under <see cref="Name"/>.
/// </summary>
/// <param name="Name">The input's name in HTML forms and the key in JSON bodies.</param>
/// <param name="MaxLength">The longest accepted value in UTF-16 code units (as HTML maxlength counts), after normalisation.</param>
/// <param name="Normalised">True for structured values, which are NFKC-normalised; free text never is.</param>
/// <param name="Autocomplete">The HTML autocomplete token (WCAG 1.3.5), when the field asks about the person filling it in.</param>
/// <param name="Options">The allowed values of a choice field, in the order they are shown.</param>
/// <param name="Condition">When set, the field applies only if the condition holds; otherwise it is ignored.</param>
public sealed record FieldDefinition(
    string Name,
    FieldKind Kind,
    int MaxLength,
    bool Required,
    bool Normalised,
    string? Autocomplete = null,
    string? InputMode = null,
    IReadOnlyList<string>? Options = null,
    FieldCondition? Condition = null)
{
    private static readonly (string Suffix, string Token, int MaxLength)[] DateParts =
        [("year", "bday-year", 4), ("month", "bday-month", 2), ("day", "bday-day", 2)];

    public IReadOnlyList<string> AllowedValues => Options ?? [];

    /// <summary>The inputs the field is entered through, in order.</summary>
    public IReadOnlyList<FieldInput> Inputs => Kind == FieldKind.Date
        ? [.. DateParts.Select(p => new FieldInput($"{Name}_{p.Suffix}", Autocomplete is null ? null : p.Token, "numeric", p.MaxLength))]
        : [new FieldInput(Name, Autocomplete, InputMode, MaxLength)];

    /// <summary>True for fields people never see: the language, the idempotency token, the honeypot.</summary>
    public bool IsHidden => Kind is FieldKind.Language or FieldKind.Token or FieldKind.Honeypot;

    /// <summary>True when the field takes several values (checkboxes).</summary>
    public bool IsMultiValued => Kind == FieldKind.Choices;
}
