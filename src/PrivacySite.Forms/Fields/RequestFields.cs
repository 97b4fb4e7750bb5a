namespace PrivacySite.Forms.Fields;

/// <summary>
/// What a request about one's data adds (APPI Art. 32(2), 33, 34, 35): which requests, which data,
/// how a disclosure is delivered, and for medical fee statements (レセプト) the institution and months.
/// </summary>
internal static class RequestFields
{
    public const string RequestKinds = "request_kinds";
    public const string MedicalFeeStatements = "medical_fee_statements";

    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new(RequestKinds, FieldKind.Choices, 30, Required: true, Normalised: true,
            Options: ["purpose_notice", "disclosure", "provision_record_disclosure", "correction", "suspension", "provision_stop"]),
        new("data_concerned", FieldKind.FreeText, 2000, Required: true, Normalised: false),
        new("delivery_method", FieldKind.Choice, 10, Required: true, Normalised: true, Options: ["electronic", "paper"],
            Condition: new(RequestKinds, ["disclosure", "provision_record_disclosure"])),
        new(MedicalFeeStatements, FieldKind.Checkbox, 3, Required: false, Normalised: true, Options: ["yes"],
            Condition: new(RequestKinds, ["disclosure"])),
        new("medical_institution", FieldKind.Text, 200, Required: true, Normalised: true, Condition: new(MedicalFeeStatements, ["yes"])),
        new("treatment_months", FieldKind.Text, 200, Required: true, Normalised: true, Condition: new(MedicalFeeStatements, ["yes"])),
    ];
}
