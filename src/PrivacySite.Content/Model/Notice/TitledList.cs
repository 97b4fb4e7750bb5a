namespace PrivacySite.Content.Model.Notice;

/// <summary>A headed list with an optional lead-in sentence: exceptions, terms, grounds and the like.</summary>
public sealed record TitledList(
    LocalizedText Title,
    IReadOnlyList<LocalizedText> Items,
    LocalizedText? Intro = null);
