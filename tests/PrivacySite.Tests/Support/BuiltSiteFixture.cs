using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Support;

/// <summary>A fixture society's content (the sample unless named) built once into a temp folder, shared by the tests that read the output.</summary>
public sealed class BuiltSiteFixture : IAsyncLifetime
{
    public const string BaseUrl = "https://privacy.example.org/";
    private readonly TempFolder _folder = new();
    private readonly string _contentRoot;

    public BuiltSiteFixture()
        : this(RepoPaths.SampleSociety)
    {
    }

    // Not public: xUnit makes a class fixture only through its one public constructor.
    internal BuiltSiteFixture(string contentRoot) => _contentRoot = contentRoot;

    public string OutputRoot => _folder.Combine("output");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await SiteBuilder.BuildAsync(new BuildOptions(_contentRoot, OutputRoot, RepoPaths.ThemeAssets, BaseUrl, NoticeHistory: false));

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Every HTML file of the output, relative path with forward slashes.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        [.. Directory.EnumerateFiles(OutputRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public IHtmlDocument Parse(string relativeFile) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(OutputRoot, relativeFile)));
}
