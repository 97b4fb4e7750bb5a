using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Tests.Hosting;

/// <summary>At start-up the service checks the texts it answers with, and nothing of the site's pages.</summary>
public sealed class IntakeContentTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Root => _folder.Combine("content");

    /// <summary>The sample content, without the folders whose path starts with one of <paramref name="skipped"/>.</summary>
    private void Copy(params string[] skipped)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleSociety, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.SampleSociety, file);
            if (skipped.Any(s => relative.StartsWith(s, StringComparison.Ordinal)))
            {
                continue;
            }

            var target = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private void Replace(string file, string find, string replace)
    {
        var path = Path.Combine(Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    [Fact]
    public void The_content_as_packaged_without_pages_or_schemas_loads()
    {
        Copy("pages", "schemas");

        var content = IntakeContent.Load(Root);

        Assert.Empty(content.Pages);
        Assert.NotEmpty(content.Forms.Fields.Fields);
    }

    [Fact]
    public void A_broken_markdown_page_or_notice_link_is_left_to_the_site_build()
    {
        Copy();
        Replace("pages/index.en.md", "(policy.md)", "(polcy.md)");
        Replace("pages/index.ja.md", "](", "](purposes.md#no-such-heading) [x](");
        File.WriteAllText(Path.Combine(Root, "pages", "form-data.en.md"), "no front matter");

        IntakeContent.Load(Root);
    }

    [Fact]
    public void A_ui_word_its_pages_need_missing_in_both_languages_stops_it()
    {
        Copy("pages");
        Replace("strings/ja.yaml", "  skip_link: 本文へ移動\n", "");
        Replace("strings/en.yaml", "  skip_link: Skip to main content\n", "");

        var error = Assert.Throws<IntakeStartupException>(() => IntakeContent.Load(Root));

        Assert.Contains("PS0204", error.Message);
        Assert.Contains("layout.skip_link", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
