using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Forms.Views;

/// <summary>A notice's words from content/forms/pages.yaml in one language, as the theme draws it.</summary>
public static class NoticeViews
{
    public static NoticeView In(this NoticePageText text, Language language) => new(text.Title[language], text.Body[language]);
}
