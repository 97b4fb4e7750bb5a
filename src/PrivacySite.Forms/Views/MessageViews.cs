using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Forms.Views;

/// <summary>A message's words from content/forms/pages.yaml in one language, as the theme draws it.</summary>
public static class MessageViews
{
    public static MessageView In(this MessagePageText text, Language language) => new(text.Title[language], text.Body[language]);
}
