namespace PrivacySite.Content.Model;

/// <summary>The site chrome's words in one language, from content/strings/&lt;lang&gt;.yaml, keyed "group.name".</summary>
[Help("サイトの枠（メニュー、ボタン、見出し）の文言です。ja.yaml と en.yaml に同じ項目名で書きます。",
    "The words of the site's frame (menus, buttons, headings). ja.yaml and en.yaml hold the same keys.")]
public sealed record UiStrings(Language Language, string File, IReadOnlyDictionary<string, string> Values);
