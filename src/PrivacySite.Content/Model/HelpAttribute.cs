namespace PrivacySite.Content.Model;

/// <summary>
/// What a content record or field means, in Japanese and English. The JSON Schemas carry it,
/// so editors see it when they hover over a key or pick one from the completion list.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Class, Inherited = false)]
public sealed class HelpAttribute(string japanese, string english) : Attribute
{
    public string Japanese { get; } = japanese;

    public string English { get; } = english;
}
