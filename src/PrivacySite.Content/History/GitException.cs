namespace PrivacySite.Content.History;

/// <summary>git could not do what was asked (a broken repository, a commit without the content).</summary>
public sealed class GitException(string message) : Exception(message);
