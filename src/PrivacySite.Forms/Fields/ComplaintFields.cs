namespace PrivacySite.Forms.Fields;

/// <summary>What a complaint or question adds: what it is about, what happened, and what the person would like done.</summary>
internal static class ComplaintFields
{
    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new("category", FieldKind.Choice, 30, Required: true, Normalised: true, Options: ["handling", "procedure", "leak", "other"]),
        new("description", FieldKind.FreeText, 4000, Required: true, Normalised: false),
        new("desired_response", FieldKind.FreeText, 2000, Required: false, Normalised: false, MayBeLeftOut: true),
    ];
}
