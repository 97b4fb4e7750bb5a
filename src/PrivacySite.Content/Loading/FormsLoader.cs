using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model.Forms;

namespace PrivacySite.Content.Loading;

/// <summary>Loads content/forms/: the labels, messages and page words of the online forms.</summary>
public static class FormsLoader
{
    public const string FieldsFile = "forms/fields.yaml";
    public const string MessagesFile = "forms/messages.yaml";
    public const string PagesFile = "forms/pages.yaml";

    internal static FormsContent? Load(string root, Dictionary<string, SourceMap> maps, DiagnosticBag diagnostics)
    {
        var fields = Load<FieldTexts>(root, FieldsFile, maps, diagnostics);
        var messages = Load<FormMessages>(root, MessagesFile, maps, diagnostics);
        var pages = Load<FormPages>(root, PagesFile, maps, diagnostics);
        return fields is null || messages is null || pages is null ? null : new FormsContent(fields, messages, pages);
    }

    private static T? Load<T>(string root, string file, Dictionary<string, SourceMap> maps, DiagnosticBag diagnostics) where T : class
    {
        var (value, map) = YamlFileReader.Load<T>(root, file, diagnostics);
        maps[map.File] = map;
        return value;
    }
}
