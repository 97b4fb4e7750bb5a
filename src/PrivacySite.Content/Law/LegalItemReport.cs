using System.Reflection;
using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Law;

/// <summary>Turns a missing <see cref="RequiredByLawAttribute"/> item into a finding that names the legal item and its file.</summary>
internal static class LegalItemReport
{
    public static RequiredByLawAttribute? For(ICustomAttributeProvider target) =>
        target.GetCustomAttributes(typeof(RequiredByLawAttribute), inherit: false).OfType<RequiredByLawAttribute>().FirstOrDefault();

    public static void MissingField(DiagnosticBag diagnostics, LegalItem item, SourceLocation location, string path)
    {
        var text = LegalItems.Describe(item);
        diagnostics.Add(DiagnosticDescriptors.LegalItemMissing, location, text.Article, text.Item, path, location.File, text.ArticleJa, text.ItemJa);
    }

    public static void MissingRecommended(DiagnosticBag diagnostics, LegalItem item, SourceLocation location, string path)
    {
        var text = LegalItems.Describe(item);
        diagnostics.Add(DiagnosticDescriptors.RecommendedItemMissing, location, text.Article, text.Item, path, location.File, text.ArticleJa, text.ItemJa);
    }

    public static void MissingFile(DiagnosticBag diagnostics, RequiredByLawAttribute law, string file)
    {
        var text = LegalItems.Describe(law.Item);
        diagnostics.Add(DiagnosticDescriptors.LegalFileMissing, new SourceLocation(file), text.Article, text.Item, file, text.ArticleJa, text.ItemJa);
    }
}
