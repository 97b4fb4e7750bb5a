namespace PrivacySite.Tests.Checking;

/// <summary>
/// One mistake an editor could make in the sample content, and the finding it must produce,
/// written as the check prints it without the "content/" prefix: "site.yaml:11:3: error PS0102".
/// <paramref name="Findings"/> is how many findings the mistake may cause in all (usually one).
/// </summary>
public sealed record BrokenVariant(string Name, Action<ContentCopy> Break, string Expected, int Findings = 1)
{
    public static BrokenVariant Edit(string name, string file, string find, string replace, string expected, int findings = 1) =>
        new(name, c => c.Replace(file, find, replace), expected, findings);

    public static BrokenVariant Write(string name, string file, string text, string expected, int findings = 1) =>
        new(name, c => c.Write(file, text), expected, findings);

    public static BrokenVariant Delete(string name, string file, string expected, int findings = 1) =>
        new(name, c => c.Delete(file), expected, findings);

    /// <summary>Adds a page in both languages (<see cref="ContentCopy.WritePage"/>); the two usually find the same mistake.</summary>
    public static BrokenVariant NewPage(string name, string page, string expected, int findings = 2) =>
        new(name, c => c.WritePage(page), expected, findings);

    public override string ToString() => Name;
}
