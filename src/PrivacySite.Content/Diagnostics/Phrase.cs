using PrivacySite.Content.Model;

namespace PrivacySite.Content.Diagnostics;

/// <summary>
/// A piece of text in both languages, used as a diagnostic argument or a console line,
/// so a Japanese message never carries an English fragment.
/// </summary>
public sealed record Phrase(string English, string Japanese)
{
    public string In(Language language) => language == Language.Ja ? Japanese : English;

    public Phrase Format(params object?[] arguments) => new(
        string.Format(System.Globalization.CultureInfo.InvariantCulture, English, arguments),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Japanese, arguments));

    /// <summary>This phrase followed by an example of what to write, such as <c>fee: { yen: 300 }</c>.</summary>
    public Phrase WithExample(string example) => new($"{English}, for example `{example}`", $"{Japanese}（例: `{example}`）");

    public override string ToString() => English;
}
