namespace PrivacySite.Content.Model;

/// <summary>The site chrome's words in one language, from content/strings/&lt;lang&gt;.yaml, keyed "group.name".</summary>
public sealed record UiStrings(Language Language, string File, IReadOnlyDictionary<string, string> Values);
