using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/purposes.yaml: what the Society uses personal information for (APPI Art. 21, 32(1)(ii)).</summary>
[RequiredByLaw(LegalItem.Purposes)]
public sealed record PurposesOfUse(
    SectionPage Page,
    [RequiredByLaw(LegalItem.Purposes)] IReadOnlyList<PurposeCategory> Categories,
    InformationTypeTable InformationTypes,
    LocalizedText RetainedDataNote,
    TitledList NotNotified) : INoticeSection;

/// <summary>One business area (保険給付, 保健事業 …) and its purposes, grouped by who receives the data.</summary>
public sealed record PurposeCategory(
    LocalizedText Title,
    IReadOnlyList<PurposeGroup> Groups,
    LocalizedText? Note = null);

/// <summary>The purposes of one category that share a scope, such as use within the Society.</summary>
public sealed record PurposeGroup(PurposeScope Scope, IReadOnlyList<LocalizedText> Purposes);

/// <summary>Who the data goes to for a group of purposes; each scope's heading is a UI string.</summary>
public enum PurposeScope
{
    Internal,
    OtherBusinesses,
    ReviewBody,
    FromOtherBodies,
    ToOtherBodies,
    Other,
}

/// <summary>The table "type of personal information → purposes".</summary>
public sealed record InformationTypeTable(
    LocalizedText Title,
    LocalizedText Caption,
    IReadOnlyList<InformationTypePurposes> Rows);

public sealed record InformationTypePurposes(LocalizedText Type, IReadOnlyList<LocalizedText> Purposes);
