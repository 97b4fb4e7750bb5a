namespace PrivacySite.Testing;

/// <summary>What the tests' scratch copies of content do with files: copy a folder, replace a text exactly once.</summary>
public static class TestFiles
{
    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Replaces exactly one occurrence, so a test fails loudly when the content changes under it.</summary>
    public static string ReplaceOnce(string text, string oldText, string newText, string file)
    {
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {file}");
        }

        return text[..at] + newText + text[(at + oldText.Length)..];
    }
}
