using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Testing;

/// <summary>The repository's sample content, loaded once.</summary>
public static class SampleContent
{
    private static readonly Lazy<ContentSet> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return ContentLoader.Load(RepoPaths.SampleSociety, diagnostics).Content ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToList().Select(d => d.Format())));
    });

    public static ContentSet Content => Loaded.Value;
}
