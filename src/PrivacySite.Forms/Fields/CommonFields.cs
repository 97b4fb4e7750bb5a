namespace PrivacySite.Forms.Fields;

/// <summary>The fields both forms share: who is asking, how to reach them, consent, and the hidden ones.</summary>
internal static class CommonFields
{
    public const string Requester = "requester";
    public const string Language = "lang";
    public const string IdempotencyToken = "idempotency_token";
    public const string Honeypot = "website";

    public const string ContactPreference = "contact_preference";

    private static readonly FieldCondition WhenAgent = new(Requester, ["legal_representative", "appointed_agent"]);

    // The contact details asked for are the ones the chosen way of answering needs; the others are optional.
    private static readonly FieldCondition ByPost = new(ContactPreference, ["post"]);
    private static readonly FieldCondition ByPhone = new(ContactPreference, ["phone"]);
    private static readonly FieldCondition ByEmail = new(ContactPreference, ["email"]);

    public static IReadOnlyList<FieldDefinition> WhoAndHow { get; } =
    [
        new(Requester, FieldKind.Choice, 30, Required: true, Normalised: true, Options: ["self", "legal_representative", "appointed_agent"]),
        new("agent_name", FieldKind.Text, 60, Required: true, Normalised: false, Condition: WhenAgent),
        new("agent_contact", FieldKind.Text, 254, Required: true, Normalised: true, Condition: WhenAgent),

        // Names keep every character as typed: NFKC would replace compatibility ideographs some names are written with.
        new("name", FieldKind.Text, 60, Required: true, Normalised: false, Autocomplete: "name"),
        new("furigana", FieldKind.Kana, 100, Required: true, Normalised: true),
        new("date_of_birth", FieldKind.Date, 10, Required: true, Normalised: true, Autocomplete: "bday"),
        new("card_symbol", FieldKind.CardCode, 16, Required: false, Normalised: true, InputMode: "text", MayBeLeftOut: true),
        new("card_number", FieldKind.CardCode, 16, Required: false, Normalised: true, InputMode: "numeric", MayBeLeftOut: true),
        new("postal_code", FieldKind.PostalCode, 10, Required: false, Normalised: true, Autocomplete: "postal-code", InputMode: "numeric", RequiredWhen: ByPost),
        new("address", FieldKind.Address, 200, Required: false, Normalised: true, Autocomplete: "street-address", RequiredWhen: ByPost),
        new("phone", FieldKind.Phone, 20, Required: false, Normalised: true, Autocomplete: "tel", InputMode: "tel", RequiredWhen: ByPhone, MayBeLeftOut: true),
        new("email", FieldKind.Email, 254, Required: false, Normalised: true, Autocomplete: "email", InputMode: "email", RequiredWhen: ByEmail, MayBeLeftOut: true),
        new(ContactPreference, FieldKind.Choice, 10, Required: true, Normalised: true, Options: ["email", "phone", "post"]),
    ];

    public static IReadOnlyList<FieldDefinition> ConsentAndHidden { get; } =
    [
        new("consent", FieldKind.Checkbox, 3, Required: true, Normalised: true, Options: ["yes"]),
        new(Language, FieldKind.Language, 2, Required: false, Normalised: true, Options: ["ja", "en"]),
        new(IdempotencyToken, FieldKind.Token, 100, Required: false, Normalised: false),
        new(Honeypot, FieldKind.Honeypot, 200, Required: false, Normalised: false),
    ];
}
