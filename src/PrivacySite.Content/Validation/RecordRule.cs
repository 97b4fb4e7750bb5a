using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation;

/// <summary>
/// A check of one record tree at a time: each YAML data file and each page's front matter,
/// whatever records they hold, so new content kinds are checked without further wiring.
/// </summary>
internal abstract class RecordRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var (file, model) in content.YamlFiles().Concat(content.Pages.Select(p => (p.File, (object)p.FrontMatter))))
        {
            Check(model, content.SourceMaps[file], diagnostics);
        }
    }

    /// <param name="map">Where each value of <paramref name="model"/> stood in its file.</param>
    public abstract void Check(object model, SourceMap map, DiagnosticBag diagnostics);
}
