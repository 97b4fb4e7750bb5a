namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/third-party-provision.yaml: the consent rule (in the intro), its exceptions, and, where the society states them, who is not a third party and the records it keeps.</summary>
[Help("第三者への提供の決まりと例外です。", "The rule on giving personal data to third parties, and its exceptions.")]
public sealed record ThirdPartyProvision(
    [Help("ページの題名、説明、前置き（原則の文）です。", "The page's title, description and opening (the rule itself).")]
    SectionPage Page,
    [Help("本人の同意なく提供することがある場合です。", "When data may be provided without consent.")]
    TitledList Exceptions,
    [Help("第三者にあたらない提供先です（書くときだけ）。", "Who is not a third party (only if you state it).")]
    TitledList? NotThirdParties = null,
    [Help("提供の記録の作成と保存についての文です（書くときだけ）。", "The statement on keeping records of provision (only if you state it).")]
    LocalizedText? RecordKeeping = null) : INoticeSection;
