namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/my-number.yaml: what specific personal information (My Number) is used for and with whom it is exchanged.</summary>
[Help("特定個人情報（マイナンバー）の利用と情報連携です。", "What My Number is used for, and with whom information is exchanged.")]
public sealed record MyNumberUse(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("マイナンバーを利用する事務です。", "The work My Number is used for.")]
    TitledList Uses,
    [Help("情報をやりとりする機関の表です。", "The table of bodies information is exchanged with.")]
    InformationExchange Exchanges,
    [Help("マイナンバーを守るための決まりです。", "How My Number is protected.")]
    TitledList Safeguards) : INoticeSection;

/// <summary>The table of bodies the Society exchanges information with under the My Number Act.</summary>
public sealed record InformationExchange(
    [Help("表の前の見出しです。", "The heading above the table.")]
    LocalizedText Title,
    [Help("表の表題（キャプション）です。", "The table's caption.")]
    LocalizedText Caption,
    [Help("情報をやりとりする機関です。機関ごとに1行です。", "The bodies, one row each.")]
    IReadOnlyList<ExchangePartner> Partners);

public sealed record ExchangePartner(
    [Help("機関の名前です。", "The body's name.")]
    LocalizedText Partner,
    [Help("当組合がその機関から受け取る情報です。", "The information the Society receives from it.")]
    IReadOnlyList<LocalizedText>? Receives = null,
    [Help("当組合がその機関に提供する情報です。", "The information the Society provides to it.")]
    IReadOnlyList<LocalizedText>? Provides = null);
