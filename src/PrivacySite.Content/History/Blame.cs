namespace PrivacySite.Content.History;

/// <summary>The commit that last changed each line of a file (line 1 first), and when each of those commits was made.</summary>
public sealed record Blame(IReadOnlyList<string> Lines, IReadOnlyDictionary<string, DateTimeOffset> Times)
{
    /// <summary>The commit of a 1-based line, or <see cref="GitRepository.Uncommitted"/> past the end.</summary>
    public string At(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1] : GitRepository.Uncommitted;
}
