using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation;
using PrivacySite.Content.Validation.Rules;
using PrivacySite.Forms.Emails;
using PrivacySite.Forms.Text;
using PrivacySite.Theme;

namespace PrivacySite.Intake.Hosting;

/// <summary>
/// Finds and loads the content the service answers with at start-up: the data files (the forms' words,
/// the notice's parts a receipt shows, the site's name) and the UI strings, each checked, so the service
/// never answers with a missing label or message. The Markdown pages and their links are the site build's
/// to check; the service neither reads nor ships them.
/// </summary>
public static class IntakeContent
{
    /// <summary>The configured folder, else the repository's when run from a checkout, else the copy shipped beside the app.</summary>
    public static string Locate(string? configured) =>
        !string.IsNullOrWhiteSpace(configured) ? Path.GetFullPath(configured)
        : RepositoryRoot() is { } root ? Path.Combine(root, "content")
        : Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>
    /// The theme's assets, whose published (content-hashed) names the pages link to: the repository's,
    /// else the shipped copy.
    /// </summary>
    public static string ThemeAssets() =>
        RepositoryRoot() is { } root ? Path.Combine(root, "theme", "PrivacySite.Theme", "assets") : ShippedAssets.Folder;

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrivacySite.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <exception cref="IntakeStartupException">The content has errors; the message lists each with file and line.</exception>
    public static ContentSet Load(string root)
    {
        var diagnostics = new DiagnosticBag();

        var loaded = ContentLoader.LoadData(root, diagnostics);
        ContentValidator.ValidateData(loaded, diagnostics, null, new RequiredUiStringsRule(UiKeys.All), new FormTextRule(), new EmailTextRule());
        var content = loaded.Content;

        var errors = diagnostics.ToList().Where(d => d.Severity == Severity.Error).ToList();
        if (content is null || errors.Count > 0)
        {
            throw new IntakeStartupException(
                $"The intake service did not start: the content folder {root} has {errors.Count} error(s). " +
                "Fix them (or set Intake__ContentPath to another folder):\n" + string.Join('\n', errors.Select(d => d.Format())));
        }

        return content;
    }
}
