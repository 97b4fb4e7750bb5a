using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/purposes.yaml: what the Society uses personal information for (APPI Art. 21, 32(1)(ii)).</summary>
[RequiredByLaw(LegalItem.Purposes)]
[Help("個人情報の利用目的です（個人情報保護法第21条・第32条第1項第2号）。", "The purposes of use of personal information (APPI Art. 21 and 32(1)(ii)).")]
public sealed record PurposesOfUse(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("業務の区分ごとの利用目的です。1つ以上必要です。", "The purposes by area of work; at least one is required.")]
    [RequiredByLaw(LegalItem.Purposes)]
    IReadOnlyList<PurposeCategory> Categories,
    [Help("個人情報の種類ごとの利用目的の表です。", "The table of purposes by type of personal information.")]
    InformationTypeTable InformationTypes,
    [Help("保有個人データの利用目的が上記と同じであることを示す文です。", "The statement that retained personal data has the same purposes.")]
    LocalizedText RetainedDataNote,
    [Help("利用目的を通知・公表しない場合（第21条第4項）です。", "When purposes are not notified or published (Art. 21(4)).")]
    TitledList NotNotified) : INoticeSection;

/// <summary>One business area (保険給付, 保健事業 …) and its purposes, grouped by who receives the data.</summary>
public sealed record PurposeCategory(
    [Help("業務の区分の名前です。", "The name of the area of work.")]
    LocalizedText Title,
    [Help("情報の行き先ごとにまとめた利用目的です。", "The purposes, grouped by where the information goes.")]
    IReadOnlyList<PurposeGroup> Groups,
    [Help("区分の見出しの下に入れる説明です。", "A note shown under the area's heading.")]
    LocalizedText? Note = null);

/// <summary>The purposes of one category that share a scope, such as use within the Society.</summary>
public sealed record PurposeGroup(
    [Help("情報の行き先です: internal（内部）、other_businesses（他の事業者）、review_body（審査支払機関）、from_other_bodies、to_other_bodies、other。",
        "Where the information goes: internal, other_businesses, review_body, from_other_bodies, to_other_bodies or other.")]
    PurposeScope Scope,
    [Help("利用目的です。", "The purposes.")]
    IReadOnlyList<LocalizedText> Purposes);

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
    [Help("表の前の見出しです。", "The heading above the table.")]
    LocalizedText Title,
    [Help("表の表題（キャプション）です。", "The table's caption.")]
    LocalizedText Caption,
    [Help("表の行です。個人情報の種類ごとに1行です。", "The table's rows, one per type of personal information.")]
    IReadOnlyList<InformationTypePurposes> Rows);

public sealed record InformationTypePurposes(
    [Help("個人情報の種類です。", "The type of personal information.")]
    LocalizedText Type,
    [Help("その種類の情報の主な利用目的です。", "The main purposes of that type of information.")]
    IReadOnlyList<LocalizedText> Purposes);
