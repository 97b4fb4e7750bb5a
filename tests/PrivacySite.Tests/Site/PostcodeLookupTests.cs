using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;
using PrivacySite.Theme;

namespace PrivacySite.Tests.Site;

/// <summary>
/// The forms' postcode lookup, a society's choice (<c>postcode_lookup</c> in site.yaml): when on and the site has forms
/// that post, the theme's data is published under /postcodes/ and the forms' script is told where; otherwise nothing is
/// published and no form mentions it. check warns when the data is over six months old, only while the lookup is on.
/// </summary>
public sealed class PostcodeLookupTests
{
    private static readonly string[] Forms = ["requests/form/index.html", "en/requests/form/index.html", "complaints/form/index.html", "en/complaints/form/index.html"];

    private static ContentCopy WithLookup()
    {
        var content = new ContentCopy();
        content.Write("site.yaml", content.Read("site.yaml") + "postcode_lookup: true\n");
        return content;
    }

    private static async Task BuildAsync(ContentCopy content, bool formsDisabled = false) =>
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, FormsDisabled: formsDisabled, NoticeHistory: false))).Succeeded);

    [Fact]
    public async Task Turned_on_the_data_is_published_as_the_theme_has_it_and_every_form_is_told_where()
    {
        using var content = WithLookup();

        await BuildAsync(content);

        var published = Path.Combine(content.OutputRoot, PostcodeData.FolderName);
        Assert.Equal(PostcodeData.Source.Files, Directory.GetFiles(published, "???.json").Length);
        var theme = PostcodeData.FolderBeside(RepoPaths.ThemeAssets);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(theme, "100.json")), await File.ReadAllTextAsync(Path.Combine(published, "100.json")));
        Assert.All(Forms, form => Assert.Equal("/postcodes/", content.ParseOutput(form).QuerySelector("form.form")!.GetAttribute("data-postcodes")));
    }

    [Fact]
    public async Task Left_off_or_on_a_build_whose_forms_cannot_post_nothing_is_published_and_no_form_mentions_it()
    {
        using var off = new ContentCopy();
        using var disabled = WithLookup();

        await BuildAsync(off);
        await BuildAsync(disabled, formsDisabled: true);

        Assert.False(Directory.Exists(Path.Combine(off.OutputRoot, PostcodeData.FolderName)));
        Assert.False(Directory.Exists(Path.Combine(disabled.OutputRoot, PostcodeData.FolderName)));
        Assert.All(Forms, form => Assert.Null(off.ParseOutput(form).QuerySelector("form.form")!.GetAttribute("data-postcodes")));
    }

    [Fact]
    public void Check_warns_at_the_setting_once_the_data_is_over_six_months_old_and_only_while_it_is_on()
    {
        using var on = WithLookup();
        using var off = new ContentCopy();
        var published = PostcodeData.Source.Published;
        var lastFreshDay = At(published.AddMonths(PostcodeData.FreshMonths));
        var firstOldDay = At(published.AddMonths(PostcodeData.FreshMonths).AddDays(1));

        Assert.Empty(Found(on, lastFreshDay));
        Assert.Empty(Found(off, firstOldDay));
        var warning = Assert.Single(Found(on, firstOldDay));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("site.yaml", warning.Location.File);
        Assert.Equal(on.Read("site.yaml").Split('\n').ToList().FindIndex(l => l.StartsWith("postcode_lookup:", StringComparison.Ordinal)) + 1, warning.Location.Line);
        Assert.Contains(PostcodeData.Source.Package, warning.Message(Content.Model.Language.En));
        Assert.Contains("scripts/update-postcodes.sh", warning.Message(Content.Model.Language.Ja));
    }

    private static List<Diagnostic> Found(ContentCopy content, TimeProvider clock)
    {
        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(content.Root, diagnostics, clock);
        return [.. diagnostics.ToList().Where(d => d.Code == DiagnosticDescriptors.PostcodeDataOld.Code)];
    }

    private static FixedClock At(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(9)));
}
