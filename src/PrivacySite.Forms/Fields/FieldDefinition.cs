namespace PrivacySite.Forms.Fields;

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
/// <param name="RequiredWhen">When set on an optional field, the field is required while this condition holds (the e-mail address when the member chose answers by e-mail).</param>
/// <param name="MayBeLeftOut">True for an optional item a society may choose not to ask (<c>asked: false</c> in content/forms/fields.yaml, see <see cref="AskedForms"/>); the others identify the member, answer, or carry the request the Act provides for.</param>
public sealed record FieldDefinition(
    string Name,
    FieldKind Kind,
    int MaxLength,
    bool Required,
    bool Normalised,
    string? Autocomplete = null,
    string? InputMode = null,
    IReadOnlyList<string>? Options = null,
    FieldCondition? Condition = null,
    FieldCondition? RequiredWhen = null,
    bool MayBeLeftOut = false)
{
    private static readonly PartSpec[] DateParts =
        [new("year", "bday-year", 4), new("month", "bday-month", 2), new("day", "bday-day", 2)];

    // Japanese addresses: prefecture, city, then street and number; the building is optional. Joined they fit MaxLength.
    private static readonly PartSpec[] AddressParts =
    [
        new("prefecture", "address-level1", 10), new("city", "address-level2", 50),
        new("street", "address-line1", 70), new("building", "address-line2", 60, Optional: true),
    ];

    public IReadOnlyList<string> AllowedValues => Options ?? [];

    /// <summary>
    /// The inputs the field is entered through, in order, built once (every submission's check reads them).
    /// A date's or an address's parts take the part's own autocomplete token when the field has one
    /// (it is about the person filling it in).
    /// </summary>
    public IReadOnlyList<FieldInput> Inputs { get; } = Kind switch
    {
        FieldKind.Date => Parts(Name, Autocomplete, DateParts, "numeric"),
        FieldKind.Address => Parts(Name, Autocomplete, AddressParts, null),
        _ => [new FieldInput(Name, Autocomplete, InputMode, MaxLength)],
    };

    /// <summary>True for fields people never see: the language, the idempotency token, the honeypot.</summary>
    public bool IsHidden => Kind is FieldKind.Language or FieldKind.Token or FieldKind.Honeypot;

    /// <summary>True when the field takes several values (checkboxes).</summary>
    public bool IsMultiValued => Kind == FieldKind.Choices;

    /// <summary>
    /// True for a fact about a person typed into the form (name, birth date, address, contact, card,
    /// treatment): the form says why it is asked, from the field's <c>why</c> in content/forms/fields.yaml.
    /// </summary>
    public bool IsPersonalItem => Kind is FieldKind.Text or FieldKind.Kana or FieldKind.Date or FieldKind.PostalCode
        or FieldKind.Address or FieldKind.Phone or FieldKind.Email or FieldKind.CardCode;

    private static FieldInput[] Parts(string name, string? autocomplete, PartSpec[] parts, string? inputMode) =>
        [.. parts.Select(p => new FieldInput($"{name}_{p.Suffix}", autocomplete is null ? null : p.Token, inputMode, p.MaxLength, p.Suffix, p.Optional))];

    private sealed record PartSpec(string Suffix, string Token, int MaxLength, bool Optional = false);
}
