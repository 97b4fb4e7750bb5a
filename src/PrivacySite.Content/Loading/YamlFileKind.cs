using PrivacySite.Content.Model.Calendar;
using PrivacySite.Content.Model.Emails;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Loading;

/// <summary>
/// A kind of YAML data file editors maintain: where it lives, the record it loads into, and the
/// JSON Schema file that describes it. Add a new data file here and loading, translation checks
/// and schemas follow.
/// </summary>
public sealed record YamlFileKind(string RelativePath, Type RootType, string? SchemaName = null)
{
    /// <summary>
    /// A section the law does not ask every society to publish (a consignee table, joint use, third-party
    /// provision, My Number): without its file the notice has no such section, its page is not built and
    /// nothing may link to it, so a society never publishes a statement it did not write.
    /// </summary>
    public bool Optional { get; init; }

    /// <summary>
    /// The JSON Schema describing the file: <see cref="SchemaName"/> when given, otherwise named
    /// after the file (notice/purposes.yaml → schemas/purposes.schema.json). When another data
    /// file has the same name in another folder, both are named with their folders
    /// (notice/pages.yaml → notice-pages.schema.json), so two files never share a schema.
    /// </summary>
    public string SchemaFile => SchemaName is null ? SchemaFileFor(RelativePath, All.Select(k => k.RelativePath)) : $"schemas/{SchemaName}.schema.json";

    internal static string SchemaFileFor(string relativePath, IEnumerable<string> dataFiles)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        var shared = dataFiles.Count(f => Path.GetFileNameWithoutExtension(f) == name) > 1;
        return "schemas/" + (shared ? Path.ChangeExtension(relativePath, null).Replace('/', '-') : name) + ".schema.json";
    }

    /// <summary>Every YAML data file, in the order they are loaded. Notice sections appear on the full notice in this order.</summary>
    public static IReadOnlyList<YamlFileKind> All { get; } =
    [
        new(ContentLoader.SiteFile, typeof(Model.SiteSettings)),
        new("notice/notice.yaml", typeof(FullNotice)),
        new("notice/purposes.yaml", typeof(PurposesOfUse)),
        new("notice/safety-measures.yaml", typeof(SafetyMeasures)),
        new("notice/consignees.yaml", typeof(Consignment)) { Optional = true },
        new("notice/joint-use.yaml", typeof(JointUse)) { Optional = true },
        new("notice/third-party-provision.yaml", typeof(ThirdPartyProvision)) { Optional = true },
        new("notice/my-number.yaml", typeof(MyNumberUse)) { Optional = true },
        new("notice/requests.yaml", typeof(RequestProcedures)),
        new("notice/complaints.yaml", typeof(ComplaintHandling)),
        new("notice/revisions.yaml", typeof(RevisionHistory)),
        new(FormsContent.FieldsFile, typeof(FieldTexts), "form-fields"),
        new(FormsContent.MessagesFile, typeof(FormMessages), "form-messages"),
        new(FormsContent.PagesFile, typeof(FormPages), "form-pages"),
        new(ContentLoader.HolidaysFile, typeof(HolidayCalendar)),
        new(EmailTexts.File, typeof(EmailTexts), "emails"),
    ];
}
