namespace PrivacySite.Content.Model.Forms;

/// <summary>
/// content/forms/messages.yaml: the text shown for each error code of the intake service.
/// A text may name the field as <c>{label}</c> and the limit as <c>{max}</c>.
/// </summary>
public sealed record FormMessages(IReadOnlyList<FormMessage> Messages);

public sealed record FormMessage(string Code, LocalizedText Text);
