namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>How a form field is drawn.</summary>
public enum FormControl
{
    Text,
    TextArea,
    Radios,
    Checkboxes,
    Checkbox,

    /// <summary>Year, month and day side by side, in a fieldset.</summary>
    Date,

    /// <summary>Prefecture, city, street and building one under another, in a fieldset.</summary>
    Address,
    Hidden,

    /// <summary>A text input hidden from people (and from assistive technology) that only bots fill in.</summary>
    Honeypot,
}
