using PrivacySite.Content.Law;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/requests.yaml: how to ask for notice of purpose, disclosure, correction,
/// suspension and the rest (APPI Art. 32–38), and the separate procedure for medical fee
/// statements. Each kind is a named field, so none can be left out.
/// </summary>
[RequiredByLaw(LegalItem.RequestProcedures)]
[Help("開示等の請求の手続と手数料です（個人情報保護法第32条〜第38条）。", "The procedures and fees for requests about retained personal data (APPI Art. 32-38).")]
public sealed record RequestProcedures(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("請求の種類の表の前の見出しです。", "The heading above the table of request kinds.")]
    LocalizedText KindsTitle,
    [Help("請求の種類の表の表題（キャプション）です。", "The caption of the table of request kinds.")]
    LocalizedText KindsCaption,
    [Help("回答までの期間についての約束の文です。", "The Society's promise about how soon it answers.")]
    LocalizedText ResponsePromise,
    [Help("利用目的の通知の求め（第32条第2項）です（必須）。", "Requests for notice of the purposes of use, Art. 32(2) (required).")]
    [RequiredByLaw(LegalItem.PurposeNoticeRequest)]
    RequestKind PurposeNotice,
    [Help("開示の請求（第33条第1項）です（必須）。", "Disclosure requests, Art. 33(1) (required).")]
    [RequiredByLaw(LegalItem.DisclosureRequest)]
    RequestKind Disclosure,
    [Help("第三者提供記録の開示の請求（第33条第5項）です（必須）。", "Requests to disclose third-party provision records, Art. 33(5) (required).")]
    [RequiredByLaw(LegalItem.ProvisionRecordDisclosureRequest)]
    RequestKind ProvisionRecordDisclosure,
    [Help("訂正・追加・削除の請求（第34条第1項）です（必須）。", "Correction, addition or deletion requests, Art. 34(1) (required).")]
    [RequiredByLaw(LegalItem.CorrectionRequest)]
    RequestKind Correction,
    [Help("利用停止・消去の請求（第35条第1項・第5項）です（必須）。", "Requests to suspend use or erase, Art. 35(1) and (5) (required).")]
    [RequiredByLaw(LegalItem.SuspensionRequest)]
    RequestKind Suspension,
    [Help("第三者提供の停止の請求（第35条第3項・第5項）です（必須）。", "Requests to stop provision to third parties, Art. 35(3) and (5) (required).")]
    [RequiredByLaw(LegalItem.ProvisionStopRequest)]
    RequestKind ProvisionStop,
    [Help("請求の方法（オンライン、郵送、窓口）です（必須）。", "How to make a request: online, by post, in person (required).")]
    [RequiredByLaw(LegalItem.HowToRequest)]
    HowToApply HowToApply,
    [Help("本人確認の書類です（必須）。", "The documents that prove identity (required).")]
    [RequiredByLaw(LegalItem.IdentityCheck)]
    IdentityDocuments Identity,
    [Help("請求に応じられない場合です。", "When a request cannot be granted.")]
    TitledList RefusalGrounds,
    [Help("診療報酬明細書（レセプト）の開示の手続です。主治医への確認などの手順を steps に書きます。",
        "The separate procedure for disclosing medical fee statements (receipts), with its steps, such as consulting the doctor.")]
    RequestKind MedicalFeeStatements) : INoticeSection
{
    /// <summary>The six kinds in the order of the Act, keyed as in the YAML (the intake and the desk use the same keys).</summary>
    public IReadOnlyList<(string Key, RequestKind Kind)> Kinds =>
    [
        (YamlNaming.ToKey(nameof(PurposeNotice)), PurposeNotice),
        (YamlNaming.ToKey(nameof(Disclosure)), Disclosure),
        (YamlNaming.ToKey(nameof(ProvisionRecordDisclosure)), ProvisionRecordDisclosure),
        (YamlNaming.ToKey(nameof(Correction)), Correction),
        (YamlNaming.ToKey(nameof(Suspension)), Suspension),
        (YamlNaming.ToKey(nameof(ProvisionStop)), ProvisionStop),
    ];
}

/// <summary>
/// One kind of request: what it covers, its fee, and the number of business days within which
/// the Society aims to answer (the privacy office's due dates use the same figure). A procedure
/// with steps of its own, like the disclosure of medical fee statements, lists them.
/// </summary>
public sealed record RequestKind(
    [Help("請求の種類の名前です。", "The name of the kind of request.")]
    LocalizedText Title,
    [Help("請求の内容の説明です。", "What the request covers.")]
    LocalizedText Description,
    [Help("手数料です（必須。無料なら yen: 0）。", "The fee (required; yen: 0 means free of charge).")]
    [RequiredByLaw(LegalItem.RequestFee)]
    Fee Fee,
    [Help("受付から回答までの目標の営業日数です（1〜60）。担当部署の期限にも使います。", "The number of business days within which the Society aims to answer (1-60); the privacy office's due dates use it too.")]
    int ResponseDays,
    [Help("開示の受け取り方（書面、電磁的記録など）です。", "How the disclosure can be received, such as on paper or electronically.")]
    IReadOnlyList<LocalizedText>? DeliveryOptions = null,
    [Help("手続の手順です。順に番号が付きます。", "The steps of the procedure, numbered in order.")]
    IReadOnlyList<LocalizedText>? Steps = null);

/// <summary>A fee in yen (0 = free of charge), what it is charged per, and any postage on top.</summary>
public sealed record Fee(
    [Help("金額（円）です。無料なら 0 です。", "The amount in yen; 0 means free of charge.")]
    int Yen,
    [Help("何について手数料がかかるかです（「1件につき」など）。", "What the fee is charged per, such as \"per request\".")]
    LocalizedText? Unit = null,
    [Help("郵送料などについての注記です。", "A note on postage and the like.")]
    LocalizedText? Postage = null);

/// <summary>The ways to send a request; the desk itself is the complaint contact in complaints.yaml.</summary>
public sealed record HowToApply(
    [Help("項目の見出しです。", "The heading of this part.")]
    LocalizedText Title,
    [Help("請求の方法です。窓口の連絡先は complaints.yaml の contact です。", "The ways to apply; the desk's details are the contact in complaints.yaml.")]
    IReadOnlyList<ApplicationMethod> Methods,
    [Help("見出しの下の前置きの文です。", "A lead-in sentence under the heading.")]
    LocalizedText? Intro = null);

public sealed record ApplicationMethod(
    [Help("方法です: online（オンライン）、post（郵送）、in_person（窓口）。", "The channel: online, post or in_person.")]
    ApplicationChannel Channel,
    [Help("その方法での申し込み方の説明です。", "How to apply that way.")]
    LocalizedText Description);

/// <summary>How a request reaches the Society; the online channel links to the request form once it exists.</summary>
public enum ApplicationChannel
{
    Online,
    Post,
    InPerson,
}

/// <summary>The documents that prove who is asking: the person, a legal representative, an appointed agent (APPI Art. 37(3)).</summary>
public sealed record IdentityDocuments(
    [Help("項目の見出しです。", "The heading of this part.")]
    LocalizedText Title,
    [Help("書類の表の表題（キャプション）です。", "The caption of the table of documents.")]
    LocalizedText Caption,
    [Help("ご本人が請求するときの書類です。", "Documents when the person applies.")]
    IReadOnlyList<LocalizedText> Person,
    [Help("法定代理人が請求するときの書類です。", "Documents when a legal representative applies.")]
    IReadOnlyList<LocalizedText> LegalRepresentative,
    [Help("任意代理人が請求するときの書類です。", "Documents when an appointed agent applies.")]
    IReadOnlyList<LocalizedText> AppointedAgent,
    [Help("見出しの下の前置きの文です。", "A lead-in sentence under the heading.")]
    LocalizedText? Intro = null);
