namespace PrivacySite.Theme.ViewModels.Desk;

/// <summary>A desk page that only says something (no permission, not found, refused) with a link back.</summary>
public sealed record DeskMessageView(string Heading, string Body, string BackHref, string BackLabel);
