using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Loading;
using PrivacySite.Site;

namespace PrivacySite.Tests.History;

/// <summary>
/// `privacysite diff` names the changes to the sections a society added (in YAML field by field, in Markdown heading by
/// heading), and their English left behind by a later change of the Japanese is found as elsewhere (PS0211) and shown on the page.
/// </summary>
public sealed class ExtraSectionChangesTests : IDisposable
{
    private readonly GitSandbox _repo = new(new DateOnly(2025, 5, 1));

    public ExtraSectionChangesTests()
    {
        _repo.Write("notice/notice.yaml", _repo.Read("notice/notice.yaml") + "\nextra_sections:\n  - name: cookies\n    after: purposes\n  - name: breach\n    after: cookies\n");
        _repo.Write("notice/cookies.yaml", """
            # yaml-language-server: $schema=../schemas/extra-section.schema.json
            page:
              title: { ja: クッキーの利用, en: Our use of cookies }
            parts:
              - paragraphs:
                  - ja: クッキーを使いません。
                    en: We set no cookies.

            """);
        _repo.Write("notice/breach.ja.md", "---\ntitle: 漏えい等\n---\n## 通知\n\n速やかにお知らせします。\n");
        _repo.Write("notice/breach.en.md", "---\ntitle: Breaches\n---\n## Telling you\n\nWe tell you promptly.\n");
        _repo.Commit("Two sections of our own", new DateOnly(2025, 5, 2));
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_paragraph_reworded_in_a_yaml_section_is_named_with_the_section()
    {
        _repo.Replace("notice/cookies.yaml", "ja: クッキーを使いません。", "ja: 必要なクッキーだけを使います。");

        var change = Assert.Single(Changes());

        Assert.Equal(("notice/cookies.yaml", ChangeKind.Reworded), (change.File, change.Kind));
        Assert.Equal("クッキーの利用", change.Section.Japanese);
        Assert.Equal("必要なクッキーだけを使います。", change.After!.Japanese);
    }

    [Fact]
    public void A_heading_added_to_a_markdown_section_is_named_with_its_file()
    {
        _repo.Write("notice/breach.ja.md", _repo.Read("notice/breach.ja.md") + "\n## 報告\n\n委員会に報告します。\n");

        var change = Assert.Single(Changes());

        Assert.Equal(("notice/breach.ja.md", ChangeKind.Added), (change.File, change.Kind));
    }

    [Theory]
    [InlineData("notice/cookies.yaml", "ja: クッキーを使いません。", "ja: 必要なクッキーだけを使います。", "notice/cookies.yaml", "en/cookies/index.html")]
    [InlineData("notice/breach.ja.md", "速やかにお知らせします。", "すぐにお知らせします。", "notice/breach.en.md", "en/breach/index.html")]
    public async Task Japanese_changed_after_its_english_warns_on_the_english_and_the_english_page_says_so(
        string file, string before, string after, string english, string page)
    {
        _repo.Replace(file, before, after);
        _repo.Commit("Reword in Japanese", new DateOnly(2025, 6, 1));

        var result = await SiteBuilder.BuildAsync(new BuildOptions(_repo.ContentRoot, _repo.OutputRoot, RepoPaths.ThemeAssets, Clock: new FixedClock(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.FromHours(9))), NoticeHistory: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.True(result.Diagnostics.Any(d => d.Code == "PS0211" && d.Location.File == english), string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var html = File.ReadAllText(Path.Combine(_repo.OutputRoot, page));
        Assert.Contains("The English may be out of date", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The English may be out of date", File.ReadAllText(Path.Combine(_repo.OutputRoot, "en", "purposes", "index.html")), StringComparison.Ordinal);
    }

    private IReadOnlyList<ContentChange> Changes()
    {
        var baseline = Baseline.Load(_repo.ContentRoot, "HEAD", out var problem) ?? throw new InvalidOperationException(problem!.English);
        var current = ContentLoader.Load(_repo.ContentRoot, new DiagnosticBag()).Content!;
        return ContentComparer.Compare(baseline.Content, current);
    }
}
