using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Skeleton;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Every blank `privacysite new` wrote (<see cref="SkeletonYaml.Marker"/>) is an error where it stands,
/// in any data file or page, so a new society's site cannot be built until each fact is its own.
/// </summary>
internal sealed class BlankToFillRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var files = new ContentFiles(content.Root, null);
        foreach (var file in content.SourceMaps.Keys.Order(StringComparer.Ordinal))
        {
            if (files.Find(file, out _) is not { } path)
            {
                continue;
            }

            var line = 0;
            foreach (var text in File.ReadLines(path))
            {
                line++;
                var column = text.IndexOf(SkeletonYaml.Marker, StringComparison.Ordinal);
                if (column >= 0)
                {
                    var blank = text[column..].TrimEnd('"', ' ');
                    diagnostics.Add(DiagnosticDescriptors.BlankToFill, new SourceLocation(file, line, column + 1), SkeletonYaml.Marker, blank[SkeletonYaml.Marker.Length..].Trim());
                }
            }
        }
    }
}
