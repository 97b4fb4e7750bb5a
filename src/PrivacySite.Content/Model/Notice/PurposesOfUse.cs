using PrivacySite.Content.Law;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Skeleton;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/purposes.yaml: what the Society uses personal information for (APPI Art. 21, 32(1)(ii)),
/// in either shape its notice has or both: the purposes by area of work, grouped by where the data goes,
/// and the table by type of information. The law needs one of them with an entry (PS0501).
/// </summary>
[RequiredByLaw(LegalItem.Purposes)]
[Help("個人情報の利用目的です（個人情報保護法第21条・第32条第1項第2号）。業務の区分ごと（categories）、情報の種類ごとの表（information_types）のどちらか、または両方を書きます。",
    "The purposes of use of personal information (APPI Art. 21 and 32(1)(ii)): by area of work (categories), as a table by type of information (information_types), or both.")]
public sealed record PurposesOfUse(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("業務の区分ごとの利用目的です。information_types を書かないときは1つ以上必要です。", "The purposes by area of work; at least one is needed unless information_types is written.")]
    [InSkeleton]
    IReadOnlyList<PurposeCategory>? Categories = null,
    [Help("個人情報の種類ごとの利用目的の表です。categories を書かないときは必要です。", "The table of purposes by type of personal information; needed unless categories are written.")]
    InformationTypeTable? InformationTypes = null,
    [Help("保有個人データの利用目的が上記と同じであることを示す文です（任意）。", "The statement that retained personal data has the same purposes (optional).")]
    LocalizedText? RetainedDataNote = null,
    [Help("利用目的を通知・公表しない場合（第21条第4項）です（任意）。", "When purposes are not notified or published, Art. 21(4) (optional).")]
    TitledList? NotNotified = null) : INoticeSection
{
    /// <summary>The categories written, none when left out.</summary>
    public IReadOnlyList<PurposeCategory> CategoryList => Categories ?? [];

    /// <summary>The table's rows, none when there is no table.</summary>
    public IReadOnlyList<InformationTypePurposes> TypeRows => InformationTypes?.Rows ?? [];
}

/// <summary>One business area (保険給付, 保健事業 …) and its purposes, grouped by who receives the data.</summary>
public sealed record PurposeCategory(
    [Help("業務の区分の名前です。", "The name of the area of work.")]
    LocalizedText Title,
    [Help("情報の行き先ごとにまとめた利用目的です。", "The purposes, grouped by where the information goes.")]
    IReadOnlyList<PurposeGroup> Groups,
    [Help("区分の見出しの下に入れる説明です。1項目が1段落です。", "Notes shown under the area's heading, one item per paragraph.")]
    [FormerName("note")]
    IReadOnlyList<LocalizedText>? Notes = null);

/// <summary>
/// The purposes of one category that share a scope, such as use within the Society. The scope's standard
/// heading is a UI string; a group's own title (data received from employers, exchanges with pension
/// offices…) replaces it, and a group with a title needs no scope.
/// </summary>
public sealed record PurposeGroup(
    [Help("利用目的です。", "The purposes.")]
    IReadOnlyList<LocalizedText> Purposes,
    [Help("情報の行き先です: internal（内部）、other_businesses（他の事業者）、review_body（審査支払機関）、from_other_bodies、to_other_bodies、other。見出しは標準のものになります。title を書くときは省けます。",
        "Where the information goes: internal, other_businesses, review_body, from_other_bodies, to_other_bodies or other, with its standard heading; it may be left out when the group has a title.")]
    [InSkeleton]
    PurposeScope? Scope = null,
    [Help("このまとまりの見出しです（任意）。書くと scope の標準の見出しに代わります。", "This group's own heading (optional); it replaces the scope's standard heading.")]
    LocalizedText? Title = null);

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

/// <summary>The table "type of personal information → purposes", with column headings the file may set.</summary>
public sealed record InformationTypeTable(
    [Help("表の前の見出しです。", "The heading above the table.")]
    LocalizedText Title,
    [Help("表の表題（キャプション）です。", "The table's caption.")]
    LocalizedText Caption,
    [Help("表の行です。個人情報の種類ごとに1行です。", "The table's rows, one per type of personal information.")]
    IReadOnlyList<InformationTypePurposes> Rows,
    [Help("1列目（種類）の見出しです。省くと標準の見出しです。", "The heading of the first column (the type); the standard heading if left out.")]
    LocalizedText? TypeColumn = null,
    [Help("2列目（利用目的）の見出しです。省くと標準の見出しです。", "The heading of the second column (the purposes); the standard heading if left out.")]
    LocalizedText? PurposesColumn = null);

public sealed record InformationTypePurposes(
    [Help("個人情報の種類です。", "The type of personal information.")]
    LocalizedText Type,
    [Help("その種類の情報の主な利用目的です。", "The main purposes of that type of information.")]
    IReadOnlyList<LocalizedText> Purposes);
