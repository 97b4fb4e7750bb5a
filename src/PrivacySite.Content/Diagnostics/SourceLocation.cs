namespace PrivacySite.Content.Diagnostics;

/// <summary>Where a finding is: a content-relative file path with 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
