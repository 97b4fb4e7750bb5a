namespace PrivacySite.Content.Law;

/// <summary>
/// Marks an optional content field that the PPC guidelines recommend the notice publish. Loading reports a
/// missing one as a warning (PS0504) that names the item and the guideline, never as an error.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class RecommendedAttribute(LegalItem item) : Attribute
{
    public LegalItem Item { get; } = item;
}
