namespace PrivacySite.Content.Loading;

/// <summary>
/// The key a content field had before it was renamed: content that still uses it is told the new name
/// (PS0102) instead of only "unknown key".
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FormerNameAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
