namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/consignees.yaml: outsourced tasks, who does them, and what every consignee must accept.</summary>
public sealed record Consignment(
    SectionPage Page,
    LocalizedText TableTitle,
    LocalizedText Caption,
    IReadOnlyList<OutsourcedTask> Tasks,
    TitledList Terms) : INoticeSection;

/// <summary>One outsourced task and the one or more companies it is entrusted to.</summary>
public sealed record OutsourcedTask(LocalizedText Task, IReadOnlyList<LocalizedText> Consignees);
