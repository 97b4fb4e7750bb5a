using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model;

/// <summary>The personal information handler the law asks the notice to name (APPI Art. 32(1)(i)).</summary>
[Help("個人情報取扱事業者として公表する名称・住所・代表者です（個人情報保護法第32条第1項第1号）。",
    "The name, address and representative published as the handler of personal information (APPI Art. 32(1)(i)).")]
public sealed record Handler(
    [Help("組合の名称です。", "The society's name.")]
    [RequiredByLaw(LegalItem.HandlerName)]
    LocalizedText Name,
    [Help("郵便番号です。123-4567 の形で書きます。", "The postal code, written 123-4567.")]
    string PostalCode,
    [Help("所在地です。", "The society's address.")]
    [RequiredByLaw(LegalItem.HandlerAddress)]
    LocalizedText Address,
    [Help("代表者の役職と氏名です。", "The representative's title and name.")]
    [RequiredByLaw(LegalItem.HandlerRepresentative)]
    LocalizedText Representative);
