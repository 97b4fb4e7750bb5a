namespace PrivacySite.Content.Model.Forms;

/// <summary>Everything under content/forms/: the words of the online forms, in both languages.</summary>
public sealed record FormsContent(FieldTexts Fields, FormMessages Messages, FormPages Pages)
{
    public const string FieldsFile = "forms/fields.yaml";
    public const string MessagesFile = "forms/messages.yaml";
    public const string PagesFile = "forms/pages.yaml";

    /// <summary>True for a record loaded from one of the forms' files.</summary>
    public static bool Holds(object part) => part is FieldTexts or FormMessages or FormPages;

    /// <summary>The forms' words from the loaded data files.</summary>
    public static FormsContent From(IEnumerable<object> parts)
    {
        var list = parts.ToList();
        return new FormsContent(list.OfType<FieldTexts>().Single(), list.OfType<FormMessages>().Single(), list.OfType<FormPages>().Single());
    }
}
