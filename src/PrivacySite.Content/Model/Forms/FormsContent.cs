namespace PrivacySite.Content.Model.Forms;

/// <summary>Everything under content/forms/: the words of the online forms, in both languages.</summary>
public sealed record FormsContent(FieldTexts Fields, FormMessages Messages, FormPages Pages);
