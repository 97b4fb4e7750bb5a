using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/complaints.yaml: where to send complaints and questions (Cabinet Order Art. 10(ii)),
/// who is responsible, how they are handled, and an accredited organisation where one applies (Art. 10(iii)).
/// </summary>
[RequiredByLaw(LegalItem.ComplaintContact)]
[Help("苦情・相談の窓口と対応です（個人情報保護法施行令第10条）。", "Where to send complaints and questions, and how they are handled (Cabinet Order Art. 10).")]
public sealed record ComplaintHandling(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("窓口の見出しです。", "The heading above the desk's details.")]
    LocalizedText ContactTitle,
    [Help("苦情・相談の窓口です（必須）。開示等の請求の申出先にもなります。", "The desk for complaints and questions (required); requests go here too.")]
    [RequiredByLaw(LegalItem.ComplaintContact)]
    ContactPoint Contact,
    [Help("責任者の役職です（個人情報保護管理者など）。", "The title of the person responsible, such as the personal information protection manager.")]
    LocalizedText Responsible,
    [Help("お申し出への対応の説明です。", "How complaints and questions are handled.")]
    TitledList Handling,
    [Help("受付から回答までの営業日数です（1〜60。組合が公表している日数だけ）。担当部署の期限にも使います。",
        "The number of business days within which the Society answers (1-60), only if it publishes one; the privacy office's due dates use it too.")]
    int? ResponseDays,
    [Help("認定個人情報保護団体の対象事業者であるときの団体です。", "The accredited personal information protection organisation, if the Society belongs to one.")]
    AccreditedOrganisation? AccreditedOrganisation = null,
    [Help("日数ではなく組合の言葉で書く回答の時期です（「遅滞なく」など）。response_days とどちらか一方です。",
        "When the Society answers, in its own words instead of a number (such as \"without delay\"); use this or response_days, not both.")]
    LocalizedText? ResponseTime = null) : INoticeSection;

/// <summary>An accredited personal information protection organisation (認定個人情報保護団体) and where it takes complaints.</summary>
public sealed record AccreditedOrganisation(
    [Help("団体の名称です。", "The organisation's name.")]
    LocalizedText Name,
    [Help("団体の苦情の申出先です。", "Where the organisation takes complaints.")]
    LocalizedText ComplaintsTo);
