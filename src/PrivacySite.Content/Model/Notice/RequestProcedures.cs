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
    [Help("回答までの期間についての文です（任意）。組合が約束していることだけを書きます。", "What the Society says about how soon it answers (optional); write only what it commits to.")]
    LocalizedText? ResponsePromise,
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

    /// <summary>The kinds for which Art. 38(1) allows no fee: correction, suspension, stop of provision.</summary>
    public IReadOnlyList<(string Key, RequestKind Kind)> FeeFree => [.. Kinds.Where(k => k.Kind == Correction || k.Kind == Suspension || k.Kind == ProvisionStop)];
}

/// <summary>
/// One kind of request: what it covers, its fee where the Society states one (Art. 38(1) allows a fee
/// only for notice of purpose and disclosure), and how soon it answers, as the Society states it: a
/// number of business days (the privacy office's due dates use it) or its own words. A procedure with
/// steps of its own, like the disclosure of medical fee statements, lists them.
/// </summary>
public sealed record RequestKind(
    [Help("請求の種類の名前です。", "The name of the kind of request.")]
    LocalizedText Title,
    [Help("請求の内容の説明です。", "What the request covers.")]
    LocalizedText Description,
    [Help("手数料です（手数料を定めたとき。無料なら yen: 0）。訂正・利用停止・第三者提供の停止には手数料を求められません（第38条第1項）。",
        "The fee, where the Society sets one (yen: 0 means free of charge). Correction, suspension and stop of provision can never carry one (Art. 38(1)).")]
    Fee? Fee,
    [Help("受付から回答までの営業日数です（1〜60。組合が公表している日数だけ）。担当部署の期限にも使います。",
        "The number of business days within which the Society answers (1-60), only if it publishes one; the privacy office's due dates use it too.")]
    int? ResponseDays,
    [Help("開示の受け取り方（書面、電磁的記録など）です。", "How the disclosure can be received, such as on paper or electronically.")]
    IReadOnlyList<LocalizedText>? DeliveryOptions = null,
    [Help("手続の手順です。順に番号が付きます。", "The steps of the procedure, numbered in order.")]
    IReadOnlyList<LocalizedText>? Steps = null,
    [Help("日数ではなく組合の言葉で書く回答の時期です（「遅滞なく」など）。response_days とどちらか一方です。",
        "When the Society answers, in its own words instead of a number (such as \"without delay\"); use this or response_days, not both.")]
    LocalizedText? ResponseTime = null);

/// <summary>
/// A fee as the Society states it: free (yen: 0), an amount in yen with what it is charged per, or
/// words of its own ("actual cost"), with an optional note (postage, copies). It needs yen or a note.
/// </summary>
public sealed record Fee(
    [Help("金額（円）です。無料なら 0 です。", "The amount in yen; 0 means free of charge.")]
    int? Yen = null,
    [Help("何について手数料がかかるかです（「1件につき」など）。", "What the fee is charged per, such as \"per request\".")]
    LocalizedText? Unit = null,
    [Help("注記です（郵送料、写しの費用、「実費」など）。金額を書かないときは必須です。", "A note, such as postage, the cost of copies or \"actual cost\"; required when no amount is given.")]
    [FormerName("postage")]
    LocalizedText? Note = null);

/// <summary>The ways to send a request; the desk itself is the complaint contact in complaints.yaml.</summary>
public sealed record HowToApply(
    [Help("項目の見出しです。", "The heading of this part.")]
    LocalizedText Title,
    [Help("請求の方法です（1つ以上必要です）。窓口の連絡先は complaints.yaml の contact です。", "The ways to apply (at least one); the desk's details are the contact in complaints.yaml.")]
    [RequiredByLaw(LegalItem.HowToRequest)]
    IReadOnlyList<ApplicationMethod> Methods,
    [Help("見出しの下の前置きの文です。", "A lead-in sentence under the heading.")]
    LocalizedText? Intro = null);

public sealed record ApplicationMethod(
    [Help("方法です: online（オンラインのフォーム）、email（電子メール）、phone（電話）、fax（ファクス）、post（郵送）、in_person（窓口）。窓口（complaints.yaml の contact）にある方法だけを書けます。",
        "The channel: online (the form), email, phone, fax, post or in_person; only a channel the desk (the contact in complaints.yaml) offers.")]
    ApplicationChannel Channel,
    [Help("その方法での申し込み方の説明です。", "How to apply that way.")]
    LocalizedText Description);

/// <summary>The documents that prove who is asking: the person, a legal representative, an appointed agent (APPI Art. 37(3)).</summary>
public sealed record IdentityDocuments(
    [Help("項目の見出しです。", "The heading of this part.")]
    LocalizedText Title,
    [Help("書類の表の表題（キャプション）です。", "The caption of the table of documents.")]
    LocalizedText Caption,
    [Help("ご本人が請求するときの書類です。", "Documents when the person applies.")]
    [RequiredByLaw(LegalItem.IdentityCheck)]
    IReadOnlyList<LocalizedText> Person,
    [Help("法定代理人が請求するときの書類です。", "Documents when a legal representative applies.")]
    [RequiredByLaw(LegalItem.IdentityCheck)]
    IReadOnlyList<LocalizedText> LegalRepresentative,
    [Help("任意代理人が請求するときの書類です。", "Documents when an appointed agent applies.")]
    [RequiredByLaw(LegalItem.IdentityCheck)]
    IReadOnlyList<LocalizedText> AppointedAgent,
    [Help("見出しの下の前置きの文です。", "A lead-in sentence under the heading.")]
    LocalizedText? Intro = null)
{
    /// <summary>The documents for the online forms' requester choice (self, legal_representative, appointed_agent); the person's when none.</summary>
    public IReadOnlyList<LocalizedText> For(string? requester) => requester switch
    {
        "legal_representative" => LegalRepresentative,
        "appointed_agent" => AppointedAgent,
        _ => Person,
    };
}
