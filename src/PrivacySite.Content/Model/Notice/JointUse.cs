namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/joint-use.yaml: personal data used jointly with others (APPI Art. 27(5)(iii)).
/// The list may be empty; <c>when_none</c> then says so on the page.
/// </summary>
[Help("個人データの共同利用です（個人情報保護法第27条第5項第3号）。", "Personal data used jointly with others (APPI Art. 27(5)(iii)).")]
public sealed record JointUse(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("共同利用の一覧です。ないときは [] と書き、when_none に書きます。", "Each joint use; write [] if there is none, and say so in when_none.")]
    IReadOnlyList<JointUseEntry> Entries,
    [Help("共同利用がないときに表示する文です。", "The statement shown when there is no joint use.")]
    LocalizedText? WhenNone = null) : INoticeSection;

public sealed record JointUseEntry(
    [Help("共同利用の見出しです。", "The heading of this joint use.")]
    LocalizedText Title,
    [Help("共同利用する個人データの項目です。", "The items of personal data used jointly.")]
    IReadOnlyList<LocalizedText> Items,
    [Help("共同利用する者の範囲です。", "Who uses the data jointly.")]
    LocalizedText Users,
    [Help("共同利用する者の利用目的です。", "What they use it for.")]
    LocalizedText Purpose,
    [Help("管理について責任を有する者の名称（住所・代表者を含みます）です。", "The party responsible for managing the data, with its address and representative.")]
    LocalizedText ResponsibleParty);
