using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// A society that turns the forms' postcode lookup on is told when the data behind it is over
/// <paramref name="freshMonths"/> months old: postcodes change every month, and an old list fills in the wrong
/// city for a new code. The data is the theme's (<paramref name="source"/>, published on <paramref name="published"/>).
/// </summary>
public sealed class PostcodeDataAgeRule(string source, DateOnly published, int freshMonths, TimeProvider clock) : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        if (content.Settings.PostcodeLookup && published.AddMonths(freshMonths) < JapanTime.Today(clock))
        {
            diagnostics.Add(DiagnosticDescriptors.PostcodeDataOld, content.SourceMaps[ContentLoader.SiteFile]["postcode_lookup"],
                source, IsoDate.Write(published), freshMonths);
        }
    }
}
