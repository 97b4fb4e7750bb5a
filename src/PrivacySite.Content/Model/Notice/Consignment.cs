namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/consignees.yaml: outsourced tasks, who does them, and what every consignee must accept.</summary>
[Help("業務の委託先と、委託先に求める事項です。", "The companies work is entrusted to, and what is required of them.")]
public sealed record Consignment(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("委託先の表の前の見出しです。", "The heading above the table of consignees.")]
    LocalizedText TableTitle,
    [Help("委託先の表の表題（キャプション）です。", "The caption of the table of consignees.")]
    LocalizedText Caption,
    [Help("委託している業務です。業務ごとに委託先を1つ以上書きます。", "The outsourced tasks, each with one or more consignees.")]
    IReadOnlyList<OutsourcedTask> Tasks,
    [Help("すべての委託先に契約で求める事項です。", "What every consignee must accept in its contract.")]
    TitledList Terms) : INoticeSection;

/// <summary>One outsourced task and the one or more companies it is entrusted to.</summary>
public sealed record OutsourcedTask(
    [Help("委託業務の内容です。", "The task.")]
    LocalizedText Task,
    [Help("委託先の事業者の名称です。", "The names of the companies it is entrusted to.")]
    IReadOnlyList<LocalizedText> Consignees);
