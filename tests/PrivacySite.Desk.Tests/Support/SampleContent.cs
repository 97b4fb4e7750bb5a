using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Site;

namespace PrivacySite.Desk.Tests.Support;

/// <summary>The repository's sample content, loaded and checked once.</summary>
public static class SampleContent
{
    private static readonly Lazy<ContentSet> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return ContentChecks.Run(RepoPaths.Content, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToList().Select(d => d.Format())));
    });

    public static ContentSet Content => Loaded.Value;
}
