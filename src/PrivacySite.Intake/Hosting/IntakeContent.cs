using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation;
using PrivacySite.Inquiries.Text;

namespace PrivacySite.Intake.Hosting;

/// <summary>
/// Finds and loads the content folder at start-up, with the same checks as the site build, so the
/// service never answers with a missing label or message.
/// </summary>
public static class IntakeContent
{
    /// <summary>The configured folder, else the repository's when run from a checkout, else the copy shipped beside the app.</summary>
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrivacySite.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }

    /// <exception cref="IntakeStartupException">The content has errors; the message lists each with file and line.</exception>
    public static ContentSet Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(root, diagnostics);
        if (content is not null)
        {
            ContentValidator.Validate(content, diagnostics, new FormTextRule());
        }

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
