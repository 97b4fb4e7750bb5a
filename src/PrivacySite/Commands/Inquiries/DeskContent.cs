using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Text;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Export;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// The content the desk's commands read, the same the service answers with (Intake__ContentPath, else the checkout's content/):
/// the due dates and the office's days off (content/calendar), the forms' labels, and the CSV's words. Without loadable content
/// each is missing: only weekends are days off, fields go by their names and the CSV by its codes.
/// </summary>
internal sealed class DeskContent
{
    private readonly ContentSet? _content;

    private DeskContent(ContentSet? content)
    {
        _content = content;
        DueDates = content is null ? null : new DueDates(content);
        Forms = content is null ? null : new FormText(content.Forms);
    }

    public static DeskContent Load(string? contentPath) =>
        new(ContentLoader.LoadData(IntakeContent.Locate(contentPath), new DiagnosticBag()).Content);

    public DueDates? DueDates { get; }

    /// <summary>The office's working days, which every due date counts by (resuming after a pause too).</summary>
    public BusinessCalendar? Calendar => DueDates?.Calendar;

    /// <summary>The forms' labels and choice names in both languages.</summary>
    public FormText? Forms { get; }

    /// <summary>The CSV's header and names in <paramref name="language"/>; the codes alone without content.</summary>
    public CsvLabels Csv(Language language) => _content is { } content ? CsvLabels.For(content, language) : CsvLabels.Codes;
}
