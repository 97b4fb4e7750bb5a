namespace PrivacySite.Content.Law;

/// <summary>
/// Each thing APPI Article 32 (with Cabinet Order Art. 10 and 12) makes a handler publish.
/// <see cref="LegalItems"/> says what each one is, in both languages.
/// </summary>
public enum LegalItem
{
    HandlerName,
    HandlerAddress,
    HandlerRepresentative,
    Purposes,
    RequestProcedures,
    PurposeNoticeRequest,
    DisclosureRequest,
    ProvisionRecordDisclosureRequest,
    CorrectionRequest,
    SuspensionRequest,
    ProvisionStopRequest,
    RequestFee,
    HowToRequest,
    IdentityCheck,
    SafetyMeasures,
    SafetyBasicPolicy,
    SafetyRules,
    SafetyOrganisational,
    SafetyHuman,
    SafetyPhysical,
    SafetyTechnical,
    SafetyExternalEnvironment,
    ComplaintContact,
}
