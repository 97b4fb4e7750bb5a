using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Text;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Export;

/// <summary>
/// What the CSV's header row and its kind and status cells say, the same for the command line and the browser desk. Column
/// headers come from content/strings (<c>desk.export.column.*</c>). In English, fields are headed by their names and kinds and
/// statuses are written as codes (request, in-progress), which scripts and filters rely on; in Japanese, fields are headed by
/// their labels in content/forms and kinds and statuses by the desk's names for them (<c>desk.kind.*</c>, <c>desk.status.*</c>).
/// </summary>
public sealed class CsvLabels
{
    /// <summary>The leading columns and the last, each named <c>desk.export.column.{name}</c> in content/strings.</summary>
    public static readonly IReadOnlyList<string> Columns = ["reference", "kind", "status", "language", "received_at_jst", "due_on", "closed_at_jst", "history"];

    private readonly IReadOnlyDictionary<string, string>? _strings;
    private readonly FormText? _forms;
    private readonly Language _language;

    private CsvLabels(IReadOnlyDictionary<string, string>? strings, FormText? forms, Language language)
    {
        _strings = strings;
        _forms = forms;
        _language = language;
    }

    /// <summary>The codes alone, for when no content can be read: the English header row and values.</summary>
    public static CsvLabels Codes { get; } = new(null, null, Language.En);

    public static CsvLabels For(ContentSet content, Language language) => new(content.Strings[language].Values, new FormText(content.Forms), language);

    public static string Key(string column) => "desk.export.column." + column;

    public IReadOnlyList<string> Header() =>
        [.. Columns.SkipLast(1).Select(Column), .. ExportRow.FieldNames.Select(Field), Column(Columns[^1])];

    public string Kind(string slug) =>
        Japanese && InquiryKinds.TryParse(slug, out var kind) ? _strings!.GetValueOrDefault("desk.kind." + kind.Slug(), slug) : slug;

    public string Status(string name) =>
        Japanese && InquiryStatuses.TryParse(name, out var status) ? _strings!.GetValueOrDefault("desk.status." + status.Name().Replace('-', '_'), name) : name;

    private bool Japanese => _language == Language.Ja && _strings is not null;

    private string Column(string column) => _strings?.GetValueOrDefault(Key(column)) ?? column;

    private string Field(string name) => Japanese ? _forms!.Label(name, _language) : name;
}
