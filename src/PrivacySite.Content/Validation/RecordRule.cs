using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation;

/// <summary>
/// A check of one record tree at a time: each YAML data file and each page's front matter,
/// whatever records they hold, so new content kinds are checked without further wiring. It
/// runs on every file that loaded, even when another file failed.
/// </summary>
internal abstract class RecordRule
{
    /// <param name="map">Where each value of <paramref name="model"/> stood in its file.</param>
    public abstract void Check(object model, SourceMap map, DiagnosticBag diagnostics);
}
