using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model;

/// <summary>The personal information handler the law asks the notice to name (APPI Art. 32(1)(i)).</summary>
public sealed record Handler(
    [RequiredByLaw(LegalItem.HandlerName)] LocalizedText Name,
    string PostalCode,
    [RequiredByLaw(LegalItem.HandlerAddress)] LocalizedText Address,
    [RequiredByLaw(LegalItem.HandlerRepresentative)] LocalizedText Representative);
