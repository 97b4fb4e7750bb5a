namespace PrivacySite.Content.Loading;

/// <summary>
/// A kind of YAML data file editors maintain: where it lives, the record it loads into, and the
/// JSON Schema file that describes it. Add a new data file here and loading, translation checks
/// and schemas follow.
/// </summary>
public sealed record YamlFileKind(string RelativePath, Type RootType)
{
    public string SchemaFile => "schemas/" + Path.GetFileNameWithoutExtension(RelativePath).Replace('/', '-') + ".schema.json";

    /// <summary>Every YAML data file, in the order they are loaded.</summary>
    public static IReadOnlyList<YamlFileKind> All { get; } =
    [
        new(ContentLoader.SiteFile, typeof(Model.SiteSettings)),
        new(FormsLoader.FieldsFile, typeof(Model.Forms.FieldTexts)),
        new(FormsLoader.MessagesFile, typeof(Model.Forms.FormMessages)),
        new(FormsLoader.PagesFile, typeof(Model.Forms.FormPages)),
    ];
}
