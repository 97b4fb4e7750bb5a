using System.Globalization;
using System.Text;

namespace PrivacySite.Benchmarks;

/// <summary>
/// The sample content plus N generated Markdown pages per language, each with headings,
/// emphasis, a list, a table and links to its neighbours, like a long real notice.
/// </summary>
public static class SyntheticContent
{
    public static void Create(string sampleContent, string root, int pagesPerLanguage)
    {
        foreach (var file in Directory.EnumerateFiles(sampleContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(sampleContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var pages = Path.Combine(root, "pages", "synthetic");
        Directory.CreateDirectory(pages);
        for (var i = 0; i < pagesPerLanguage; i++)
        {
            File.WriteAllText(Path.Combine(pages, $"page-{i:D5}.ja.md"), Page(i, pagesPerLanguage, japanese: true));
            File.WriteAllText(Path.Combine(pages, $"page-{i:D5}.en.md"), Page(i, pagesPerLanguage, japanese: false));
        }
    }

    private static string Page(int i, int count, bool japanese)
    {
        var next = $"synthetic/page-{(i + 1) % count:D5}.md";
        var n = i.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: {(japanese ? "合成ページ" : "Synthetic page")} {n}\ndescription: {(japanese ? "性能測定用のページです。" : "A page for measuring the build.")}\n---\n");
        for (var section = 1; section <= 4; section++)
        {
            var s = section.ToString(CultureInfo.InvariantCulture);
            text.Append(japanese
                ? $"\n## 第{s}節 個人情報の取扱い\n\n当組合は、**加入者の個人情報**を、健康保険事業の運営に必要な範囲で利用します。詳しくは[次のページ]({next})をご覧ください。\n\n- 保険給付の審査・支払\n- 保険料の徴収\n- 保健事業の実施\n\n| 区分 | 内容 |\n| --- | --- |\n| 取得 | 適正に取得します。 |\n| 利用 | 目的の範囲内で利用します。 |\n"
                : $"\n## Section {s}: handling personal information\n\nThe Society uses **members' personal information** only as far as it needs to run its health insurance business. See the [next page]({next}).\n\n- Reviewing and paying benefits\n- Collecting contributions\n- Running health programmes\n\n| Stage | What we do |\n| --- | --- |\n| Collection | We collect it properly. |\n| Use | We use it within the purposes. |\n");
        }

        return text.ToString();
    }
}
