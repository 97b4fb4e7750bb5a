using AngleSharp.Dom;
using PrivacySite.Content.Validation;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// Compares the bilingual texts of a loaded notice record with what a built page shows: each
/// text must stand on the page (as a whole text node, outside navigation) exactly as many times
/// as it occurs in the record.
/// </summary>
internal static class RenderedTexts
{
    /// <summary>The page description is metadata (the meta tag), not body text.</summary>
    private const string DescriptionPath = "page.description";

    public static Dictionary<string, int> Expected(object model, Language language) =>
        ModelWalker.Find<LocalizedText>(model)
            .Where(found => found.Path != DescriptionPath)
            .GroupBy(found => found.Value[language], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static int CountIn(IElement scope, string text) =>
        scope.Descendants<IText>().Count(node =>
            node.Data.Trim() == text && node.Ancestors<IElement>().All(a => a.LocalName != "nav"));

    /// <summary>Each text whose count on the page differs from the record's, as "text: expected N, found M".</summary>
    public static IReadOnlyList<string> Mismatches(object model, Language language, IElement scope) =>
        [.. Expected(model, language)
            .Select(pair => (Text: pair.Key, Expected: pair.Value, Found: CountIn(scope, pair.Key)))
            .Where(c => c.Expected != c.Found)
            .Select(c => $"'{c.Text}': expected {c.Expected}, found {c.Found}")];
}
