namespace PrivacySite.Content.Model.Notice;

/// <summary>A headed list with an optional lead-in sentence: exceptions, terms, grounds and the like.</summary>
public sealed record TitledList(
    [Help("一覧の見出しです。", "The heading of the list.")]
    LocalizedText Title,
    [Help("一覧の項目です。", "The items of the list.")]
    IReadOnlyList<LocalizedText> Items,
    [Help("見出しと一覧の間に入れる前置きの文です。", "A lead-in sentence between the heading and the list.")]
    LocalizedText? Intro = null);
