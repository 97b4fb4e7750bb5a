using System.Diagnostics;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History;
using PrivacySite.Content.Model;
using PrivacySite.Site.Accessibility;
using PrivacySite.Site.Planning;
using PrivacySite.Site.Publishing;
using PrivacySite.Site.Rendering;
using PrivacySite.Site.Writing;
using PrivacySite.Theme;
using PrivacySite.Theme.Layout;

namespace PrivacySite.Site;

/// <summary>
/// Runs the pipeline: load → validate → plan → render → write. Nothing reaches the output
/// folder unless every stage succeeded. The notice's bodies are rendered once, in both languages,
/// and the render stage puts each page around its body.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var empty = new Dictionary<Language, int>();

        progress?.Report($"Loading {options.ContentRoot}");
        var content = ContentChecks.Run(options.ContentRoot, diagnostics, options.Clock);
        if (content is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToList(), empty, clock.Elapsed);
        }

        if (!Directory.Exists(options.ThemeAssets))
        {
            diagnostics.Add(DiagnosticDescriptors.RequiredFileMissing, new SourceLocation(options.ThemeAssets), options.ThemeAssets);
            return new BuildResult(diagnostics.ToList(), empty, clock.Elapsed);
        }

        progress?.Report($"Loaded and checked {content.Pages.Count} Markdown files ({clock.ElapsedMilliseconds} ms)");
        var versions = options.NoticeHistory ? NoticeVersions.Load(content) : null;
        progress?.Report(versions is null
            ? "No git history read (not a repository, a shallow clone, or serve): the notice's history pages (/notice/history/) are skipped"
            : $"Read {versions.Count} versions of the notice from the git history ({clock.ElapsedMilliseconds} ms)");
        var accessibility = AccessibilityStatement.For(AccessibilityResults.Read(options.AccessibilityResultsPath), SourceFingerprint.Of(options.ContentRoot, options.ThemeAssets));
        progress?.Report(accessibility.Results is null
            ? $"No current accessibility results ({options.AccessibilityResultsPath} is missing or was recorded for other sources): the statement says so and claims 配慮"
            : $"Accessibility results of {accessibility.Results.TestedOn:yyyy-MM-dd} match these sources: {accessibility.Results.Pages.Count} pages");
        var plan = SitePlanner.Plan(content, AssetManifest.Scan(options.ThemeAssets), options.BaseUrl, new FormEndpoints(options.IntakeUrl, options.FormsDisabled), versions, accessibility);
        var frames = new FrameFactory(content, plan.Urls, plan.Assets, plan.Navigation, MissingUiString.ReportTo(diagnostics, content));
        var noticeBodies = await NoticeBodyRenderer.RenderAsync(content, plan, diagnostics, versions);

        using var staging = new StagingFolder(options.OutputRoot);
        progress?.Report($"Rendering {plan.Pages.Count} pages");
        await RenderAllAsync(plan, frames, noticeBodies, staging);

        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToList(), empty, clock.Elapsed);
        }

        progress?.Report($"Rendered {plan.Pages.Count} pages ({clock.ElapsedMilliseconds} ms)");
        staging.WriteText("sitemap.xml", SitemapWriter.Sitemap(plan));
        staging.WriteText("robots.txt", SitemapWriter.Robots(plan));
        staging.CopyAssets(plan.Assets, "assets");
        if (plan.ServesPostcodes)
        {
            staging.CopyFolder(PostcodeData.FolderBeside(options.ThemeAssets), PostcodeData.FolderName);
        }

        staging.WriteText(StaticWebAppConfig.FileName, StaticWebAppConfig.Create(plan));
        staging.Commit();

        var perLanguage = Languages.All.ToDictionary(l => l, l => plan.Pages.Count(p => p.Language == l));
        return new BuildResult(diagnostics.ToList(), perLanguage, clock.Elapsed);
    }

    /// <summary>Renders with one component renderer per core, each taking pages from a shared queue.</summary>
    private static async Task RenderAllAsync(SitePlan plan, FrameFactory frames, NoticeBodies noticeBodies, StagingFolder staging)
    {
        var next = -1;
        var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(async worker =>
        {
            await using var renderer = new PageRenderer(plan, frames, noticeBodies);
            if (worker == 0)
            {
                staging.WriteText("404.html", await renderer.RenderNotFoundAsync());
            }

            for (var i = Interlocked.Increment(ref next); i < plan.Pages.Count; i = Interlocked.Increment(ref next))
            {
                var file = await renderer.RenderAsync(plan.Pages[i]);
                staging.WriteText(file.Path, file.Text);
            }
        });
        await Task.WhenAll(workers);
    }
}
