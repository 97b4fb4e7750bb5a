namespace PrivacySite.Content.Law;

/// <summary>What one <see cref="LegalItem"/> is and which provision asks for it, in English and Japanese.</summary>
public sealed record LegalItemText(string Article, string Item, string ArticleJa, string ItemJa);

/// <summary>The catalogue of what the law asks the notice to publish (see "What the law asks" in DESIGN.md).</summary>
public static class LegalItems
{
    private const string Handler = "Art. 32(1)(i)";
    private const string HandlerJa = "第32条第1項第1号";
    private const string Purposes = "Art. 32(1)(ii)";
    private const string PurposesJa = "第32条第1項第2号";
    private const string Requests = "Art. 32(1)(iii)";
    private const string RequestsJa = "第32条第1項第3号";
    private const string Safety = "Art. 32(1)(iv) and Cabinet Order Art. 10(i)";
    private const string SafetyJa = "第32条第1項第4号（政令第10条第1号）";

    private static readonly Dictionary<LegalItem, LegalItemText> Texts = new()
    {
        [LegalItem.HandlerName] = new(Handler, "the handler's name", HandlerJa, "個人情報取扱事業者の名称"),
        [LegalItem.HandlerAddress] = new(Handler, "the handler's address", HandlerJa, "個人情報取扱事業者の住所"),
        [LegalItem.HandlerRepresentative] = new(Handler, "the handler's representative", HandlerJa, "個人情報取扱事業者の代表者"),
        [LegalItem.Purposes] = new(Purposes, "the purposes of use of retained personal data", PurposesJa, "保有個人データの利用目的"),
        [LegalItem.RequestProcedures] = new(Requests, "the procedures for requests about retained personal data", RequestsJa, "開示等の請求等に応じる手続"),
        [LegalItem.PurposeNoticeRequest] = new(Requests, "the procedure for requests to be notified of the purposes of use (Art. 32(2))", RequestsJa, "利用目的の通知の求めに応じる手続（第32条第2項）"),
        [LegalItem.DisclosureRequest] = new(Requests, "the procedure for disclosure requests (Art. 33(1))", RequestsJa, "開示の請求に応じる手続（第33条第1項）"),
        [LegalItem.ProvisionRecordDisclosureRequest] = new(Requests, "the procedure for requests to disclose third-party provision records (Art. 33(5))", RequestsJa, "第三者提供記録の開示の請求に応じる手続（第33条第5項）"),
        [LegalItem.CorrectionRequest] = new(Requests, "the procedure for correction, addition or deletion requests (Art. 34(1))", RequestsJa, "訂正等の請求に応じる手続（第34条第1項）"),
        [LegalItem.SuspensionRequest] = new(Requests, "the procedure for requests to suspend use or erase (Art. 35(1), (5))", RequestsJa, "利用停止等の請求に応じる手続（第35条第1項・第5項）"),
        [LegalItem.ProvisionStopRequest] = new(Requests, "the procedure for requests to stop provision to third parties (Art. 35(3), (5))", RequestsJa, "第三者提供の停止の請求に応じる手続（第35条第3項・第5項）"),
        [LegalItem.RequestFee] = new(Requests, "the fee of each request procedure (Art. 38)", RequestsJa, "各請求の手数料の額（第38条）"),
        [LegalItem.HowToRequest] = new(Requests, "where and how requests are made (Cabinet Order Art. 12(i), (ii))", RequestsJa, "請求の申出先と方式（政令第12条第1号・第2号）"),
        [LegalItem.IdentityCheck] = new(Requests, "how the identity of the person or agent is checked (Cabinet Order Art. 12(iii))", RequestsJa, "本人または代理人の確認の方法（政令第12条第3号）"),
        [LegalItem.SafetyMeasures] = new(Safety, "the safety management measures", SafetyJa, "安全管理のために講じた措置"),
        [LegalItem.SafetyBasicPolicy] = new(Safety, "the basic policy of the safety management measures", SafetyJa, "安全管理措置のうち基本方針の策定"),
        [LegalItem.SafetyRules] = new(Safety, "the rules for handling personal data", SafetyJa, "安全管理措置のうち個人データの取扱いに係る規律の整備"),
        [LegalItem.SafetyOrganisational] = new(Safety, "the organisational safety measures", SafetyJa, "組織的安全管理措置"),
        [LegalItem.SafetyHuman] = new(Safety, "the human safety measures", SafetyJa, "人的安全管理措置"),
        [LegalItem.SafetyPhysical] = new(Safety, "the physical safety measures", SafetyJa, "物理的安全管理措置"),
        [LegalItem.SafetyTechnical] = new(Safety, "the technical safety measures", SafetyJa, "技術的安全管理措置"),
        [LegalItem.SafetyExternalEnvironment] = new(Safety, "the understanding of the external environment (whether and where data is handled abroad)", SafetyJa, "外的環境の把握（外国で個人データを取り扱うかどうかとその国）"),
        [LegalItem.ComplaintContact] = new("Art. 32(1)(iv) and Cabinet Order Art. 10(ii)", "where to send complaints", "第32条第1項第4号（政令第10条第2号）", "苦情の申出先"),
    };

    public static LegalItemText Describe(LegalItem item) => Texts[item];
}
