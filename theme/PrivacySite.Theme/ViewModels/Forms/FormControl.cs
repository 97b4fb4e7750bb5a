namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>How a form field is drawn.</summary>
public enum FormControl
{
    Text,
    TextArea,
    Radios,
    Checkboxes,
    Checkbox,
    Date,
    Hidden,

    /// <summary>A text input hidden from people (and from assistive technology) that only bots fill in.</summary>
    Honeypot,
}
