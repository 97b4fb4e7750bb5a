namespace PrivacySite.Content.Model;

/// <summary>The personal information handler the law asks the notice to name (APPI Art. 32(1)(i)).</summary>
public sealed record Handler(
    LocalizedText Name,
    string PostalCode,
    LocalizedText Address,
    LocalizedText Representative);
