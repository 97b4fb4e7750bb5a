namespace PrivacySite.Content.Law;

/// <summary>What one <see cref="LegalItem"/> is, how strongly and by which provision it is asked for, in English and Japanese.</summary>
public sealed record LegalItemText(Requirement Requirement, string Article, string Item, string ArticleJa, string ItemJa);

/// <summary>
/// The one table of what the notice is to publish (shown in the README, which a test keeps equal to it).
/// Art. 32(1): (i) the handler's name, address and representative; (ii) the purposes of use of all
/// retained personal data; (iii) the procedures for requests under Art. 32(2), 33(1) and (5), 34(1),
/// 35(1), (3) and (5), with the fee where one is set (Art. 38); (iv) what the Cabinet Order adds:
/// Art. 10(i) the safety management measures, (ii) where to send complaints, (iii) the accredited
/// organisation, where the handler belongs to one. The PPC guidelines (General Rules, 3-8-1(1))
/// describe the measures by category and with the external environment: recommended, not required.
/// </summary>
public static class LegalItems
{
    private const string Handler = "APPI Art. 32(1)(i)";
    private const string HandlerJa = "個人情報保護法第32条第1項第1号";
    private const string Purposes = "APPI Art. 32(1)(ii)";
    private const string PurposesJa = "個人情報保護法第32条第1項第2号";
    private const string Requests = "APPI Art. 32(1)(iii)";
    private const string RequestsJa = "個人情報保護法第32条第1項第3号";
    private const string Accepting = "APPI Art. 32(1)(iii), Art. 37(1); Cabinet Order Art. 12";
    private const string AcceptingJa = "個人情報保護法第32条第1項第3号・第37条第1項、施行令第12条";
    private const string Guidelines = "PPC Guidelines (General Rules) 3-8-1(1)";
    private const string GuidelinesJa = "個人情報保護委員会ガイドライン（通則編）3-8-1(1)";

    private static readonly Dictionary<LegalItem, LegalItemText> Texts = new()
    {
        [LegalItem.HandlerName] = Required(Handler, "the handler's name", HandlerJa, "個人情報取扱事業者の名称"),
        [LegalItem.HandlerAddress] = Required(Handler, "the handler's address", HandlerJa, "個人情報取扱事業者の住所"),
        [LegalItem.HandlerRepresentative] = Required(Handler, "the handler's representative", HandlerJa, "個人情報取扱事業者の代表者の氏名"),
        [LegalItem.Purposes] = Required(Purposes, "the purposes of use of retained personal data", PurposesJa, "保有個人データの利用目的"),
        [LegalItem.RequestProcedures] = Required(Requests, "the procedures for requests about retained personal data", RequestsJa, "開示等の請求等に応じる手続"),
        [LegalItem.PurposeNoticeRequest] = Required(Requests, "the procedure for requests to be notified of the purposes of use (Art. 32(2))", RequestsJa, "利用目的の通知の求めに応じる手続（第32条第2項）"),
        [LegalItem.DisclosureRequest] = Required(Requests, "the procedure for disclosure requests (Art. 33(1))", RequestsJa, "開示の請求に応じる手続（第33条第1項）"),
        [LegalItem.ProvisionRecordDisclosureRequest] = Required(Requests, "the procedure for requests to disclose third-party provision records (Art. 33(5))", RequestsJa, "第三者提供記録の開示の請求に応じる手続（第33条第5項）"),
        [LegalItem.CorrectionRequest] = Required(Requests, "the procedure for correction, addition or deletion requests (Art. 34(1))", RequestsJa, "訂正等の請求に応じる手続（第34条第1項）"),
        [LegalItem.SuspensionRequest] = Required(Requests, "the procedure for requests to suspend use or erase (Art. 35(1), (5))", RequestsJa, "利用停止等の請求に応じる手続（第35条第1項・第5項）"),
        [LegalItem.ProvisionStopRequest] = Required(Requests, "the procedure for requests to stop provision to third parties (Art. 35(3), (5))", RequestsJa, "第三者提供の停止の請求に応じる手続（第35条第3項・第5項）"),
        [LegalItem.HowToRequest] = Required(Accepting, "where and how requests are made", AcceptingJa, "請求の申出先と方式"),
        [LegalItem.IdentityCheck] = Required(Accepting, "how the identity of the person or agent is checked", AcceptingJa, "本人または代理人の確認の方法"),
        [LegalItem.RequestFee] = new(Requirement.WhereApplicable, "APPI Art. 32(1)(iii), Art. 38",
            "the fee, where one is charged; only notice of purpose and disclosure may carry one (Art. 38(1))",
            "個人情報保護法第32条第1項第3号・第38条", "手数料を定めたときはその額（手数料を求められるのは利用目的の通知と開示だけ。第38条第1項）"),
        [LegalItem.SafetyMeasures] = Required("APPI Art. 32(1)(iv); Cabinet Order Art. 10(i)", "the safety management measures taken", "個人情報保護法第32条第1項第4号、施行令第10条第1号", "安全管理のために講じた措置"),
        [LegalItem.ComplaintContact] = Required("APPI Art. 32(1)(iv); Cabinet Order Art. 10(ii)", "where to send complaints", "個人情報保護法第32条第1項第4号、施行令第10条第2号", "苦情の申出先"),
        [LegalItem.AccreditedOrganisation] = new(Requirement.WhereApplicable, "APPI Art. 32(1)(iv); Cabinet Order Art. 10(iii)",
            "the accredited personal information protection organisation and its complaint desk, where the handler belongs to one",
            "個人情報保護法第32条第1項第4号、施行令第10条第3号", "認定個人情報保護団体の対象事業者であるときは、その名称と苦情の申出先"),
        [LegalItem.SafetyBasicPolicy] = Recommended("the basic policy of the safety management measures", "基本方針の策定"),
        [LegalItem.SafetyRules] = Recommended("the rules for handling personal data", "個人データの取扱いに係る規律の整備"),
        [LegalItem.SafetyOrganisational] = Recommended("the organisational safety measures", "組織的安全管理措置"),
        [LegalItem.SafetyHuman] = Recommended("the human safety measures", "人的安全管理措置"),
        [LegalItem.SafetyPhysical] = Recommended("the physical safety measures", "物理的安全管理措置"),
        [LegalItem.SafetyTechnical] = Recommended("the technical safety measures", "技術的安全管理措置"),
        [LegalItem.SafetyExternalEnvironment] = Recommended(
            "the external environment: whether personal data is handled abroad, and if so the countries, their rules and the measures taken",
            "外的環境の把握（外国で個人データを取り扱うかどうか、取り扱うときはその国の制度と講じた措置）"),
    };

    /// <summary>Every item, in the table's order.</summary>
    public static IReadOnlyList<(LegalItem Item, LegalItemText Text)> All { get; } = [.. Enum.GetValues<LegalItem>().Select(i => (i, Texts[i]))];

    public static LegalItemText Describe(LegalItem item) => Texts[item];

    private static LegalItemText Required(string article, string item, string articleJa, string itemJa) =>
        new(Requirement.Required, article, item, articleJa, itemJa);

    private static LegalItemText Recommended(string item, string itemJa) =>
        new(Requirement.Recommended, Guidelines, item, GuidelinesJa, itemJa);
}
