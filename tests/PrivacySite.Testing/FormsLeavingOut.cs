namespace PrivacySite.Testing;

/// <summary>Turns a copy of the sample content into a society whose forms do not ask some optional items (<c>asked: false</c> in forms/fields.yaml).</summary>
public static class FormsLeavingOut
{
    public static void Apply(string contentRoot, params string[] fields)
    {
        var path = Path.Combine(contentRoot, "forms", "fields.yaml");
        var text = File.ReadAllText(path);
        foreach (var field in fields)
        {
            text = TestFiles.ReplaceOnce(text, $"  - name: {field}\n", $"  - name: {field}\n    asked: false\n", "forms/fields.yaml");
        }

        File.WriteAllText(path, text);
    }
}
