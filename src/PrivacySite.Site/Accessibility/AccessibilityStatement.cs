namespace PrivacySite.Site.Accessibility;

/// <summary>How the statement may word its claim, as WAIC's guideline on conformance claims allows for the results it has.</summary>
public enum ConformanceClaim
{
    /// <summary>準拠: every success criterion was tested and met, and the results are published.</summary>
    Conforms,

    /// <summary>一部準拠: every success criterion was tested and the results are published, but not all were met.</summary>
    PartiallyConforms,

    /// <summary>配慮: no full test of this version (automated checks alone, or no current results).</summary>
    Considered,
}

/// <summary>
/// What the accessibility statement says of the build: the results of its tests when they were recorded for
/// exactly these sources (<see cref="AccessibilityResults.SourceFingerprint"/>), else none, and the claim they allow.
/// </summary>
public sealed record AccessibilityStatement(ConformanceClaim Claim, AccessibilityResults? Results)
{
    public static AccessibilityStatement For(AccessibilityResults? results, string fingerprint)
    {
        var current = results is not null && results.SourceFingerprint == fingerprint ? results : null;
        var claim = current switch
        {
            { FullTest: true, AllPassed: true } => ConformanceClaim.Conforms,
            { FullTest: true } => ConformanceClaim.PartiallyConforms,
            _ => ConformanceClaim.Considered,
        };
        return new AccessibilityStatement(claim, current);
    }
}
