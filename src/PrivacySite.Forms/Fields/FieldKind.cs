namespace PrivacySite.Forms.Fields;

/// <summary>What a form field holds, which decides how it is checked, normalised and shown.</summary>
public enum FieldKind
{
    /// <summary>One line of text, such as a name or an address.</summary>
    Text,

    /// <summary>Several lines written in the person's own words; kept exactly as typed.</summary>
    FreeText,

    /// <summary>Furigana: stored in katakana; hiragana and half-width kana are accepted and converted.</summary>
    Kana,

    /// <summary>A date entered as year, month and day in the Western calendar.</summary>
    Date,

    /// <summary>
    /// A Japanese address entered as prefecture, city, street and building (the last optional),
    /// stored as one line with the parts separated by spaces.
    /// </summary>
    Address,

    /// <summary>A Japanese postal code: 7 digits, stored as 000-0000.</summary>
    PostalCode,

    /// <summary>A Japanese phone number: 10 or 11 digits, stored as digits only.</summary>
    Phone,

    Email,

    /// <summary>A code printed on the insurance card (記号・番号): letters, digits and hyphens.</summary>
    CardCode,

    /// <summary>Exactly one of the field's options (radio buttons).</summary>
    Choice,

    /// <summary>One or more of the field's options (checkboxes).</summary>
    Choices,

    /// <summary>A single checkbox; when required it has to be ticked.</summary>
    Checkbox,

    /// <summary>The language of the page the form was sent from (hidden).</summary>
    Language,

    /// <summary>The idempotency token that makes a repeated post of the same form harmless (hidden).</summary>
    Token,

    /// <summary>A field hidden from people: anything typed into it marks the post as a bot's.</summary>
    Honeypot,
}
