namespace PrivacySite.Testing;

/// <summary>
/// Turns a copy of the sample content into a society whose desk is reached by e-mail alone: no online
/// form, phone, fax, post or visits, and requests sent by e-mail.
/// </summary>
public static class EmailOnlyDesk
{
    public static void Apply(string contentRoot)
    {
        Cut(contentRoot, "notice/complaints.yaml", "  channels:\n", "\nresponsible:", "  channels:\n    - channel: email\n      email: privacy@example.org\n");
        Cut(contentRoot, "notice/requests.yaml", "  methods:\n", "\nidentity:", """
              methods:
                - channel: email
                  description:
                    ja: 請求の内容と本人確認書類の写しを、窓口の電子メールアドレスあてにお送りください。
                    en: E-mail your request with copies of your identity documents to the desk's address.

            """);
    }

    /// <summary>Replaces the text from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    private static void Cut(string root, string file, string from, string to, string replacement)
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        File.WriteAllText(path, TestFiles.ReplaceOnce(text, text[start..end], replacement, file));
    }
}
