namespace PrivacySite.Content.Law;

/// <summary>
/// Marks a content field (or a whole data file's record) that the law requires the notice to
/// publish. Loading reports a missing or empty one as PS0501 (PS0502 for a missing file),
/// naming the legal item and the file it belongs in, so a build can never publish an
/// incomplete notice. The field stays required in the JSON Schema as well.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Class)]
public sealed class RequiredByLawAttribute(LegalItem item) : Attribute
{
    public LegalItem Item { get; } = item;
}
