namespace PrivacySite.Content.Law;

/// <summary>
/// Each thing the notice is to publish: what APPI Art. 32(1) and Cabinet Order Art. 10 require, and
/// apart from it what the PPC guidelines only recommend. <see cref="LegalItems"/> says what each is,
/// on what basis, in both languages.
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
    HowToRequest,
    IdentityCheck,
    RequestFee,
    SafetyMeasures,
    ComplaintContact,
    AccreditedOrganisation,
    SafetyBasicPolicy,
    SafetyRules,
    SafetyOrganisational,
    SafetyHuman,
    SafetyPhysical,
    SafetyTechnical,
    SafetyExternalEnvironment,
}

/// <summary>How strongly an item is asked for.</summary>
public enum Requirement
{
    /// <summary>The Act or the Cabinet Order requires it of every handler: missing is an error.</summary>
    Required,

    /// <summary>Required only where it applies (a fee the Society charges, an organisation it belongs to): checked when written, never invented.</summary>
    WhereApplicable,

    /// <summary>The PPC guidelines recommend it: missing is a warning that says so.</summary>
    Recommended,
}
