namespace PrivacySite.Theme;

/// <summary>
/// The copy of the theme's assets (CSS, scripts, icons) that every app referencing the theme gets
/// beside its binaries: what the CLI and the intake service use when run outside a checkout.
/// </summary>
public static class ShippedAssets
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "assets");
}
