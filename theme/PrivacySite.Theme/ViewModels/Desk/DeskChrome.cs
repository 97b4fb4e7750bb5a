namespace PrivacySite.Theme.ViewModels.Desk;

/// <summary>The hidden field that carries the antiforgery token in every desk form.</summary>
public sealed record AntiforgeryField(string Name, string Value);

/// <summary>A link of the desk's own menu (inbox, audit trail, purge), the current one marked.</summary>
public sealed record DeskLink(string Href, string Label, bool Current);

/// <summary>What every desk page shows above its content: who is signed in, in which role, the desk's menu and the sign-out button.</summary>
public sealed record DeskChrome(string UserName, string Role, IReadOnlyList<DeskLink> Links, string SignOutAction, AntiforgeryField Token);
