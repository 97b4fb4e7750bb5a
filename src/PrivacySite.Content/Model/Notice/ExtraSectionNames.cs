using System.Text.RegularExpressions;
using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// Which names a section the society adds may take: its name is a file name in notice/ and its page's
/// address, so it must be one, and none a notice page or a folder of the site already has. The loader reads
/// only the sections with a usable name; the check reports the others.
/// </summary>
public static partial class ExtraSectionNames
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Name();

    /// <summary>Why the declaration at <paramref name="index"/> cannot be read as a section; null when it can.</summary>
    public static Phrase? Problem(IReadOnlyList<ExtraSectionDeclaration> declared, int index)
    {
        var name = declared[index].Name;
        if (!Name().IsMatch(name))
        {
            return new("use lower-case letters (a–z), digits and hyphens only, such as 'cookies' or 'data-breach'",
                "小文字の英字（a–z）、数字、ハイフンだけで書いてください（例: 'cookies'、'data-breach'）");
        }

        if (NoticePages.All.Any(p => p.Slug == name) || Validation.Rules.PageNamesRule.ReservedFolders.Contains(name))
        {
            return new("the notice or the site already has a page or folder of that name: choose another",
                "通知やサイトにすでに同じ名前のページやフォルダーがあります。別の名前にしてください");
        }

        return declared.Take(index).Any(d => d.Name == name)
            ? new("another section above has the same name: give each its own", "上にある別の節と同じ名前です。節ごとに別の名前にしてください")
            : null;
    }
}
