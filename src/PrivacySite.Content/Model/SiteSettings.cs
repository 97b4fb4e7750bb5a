namespace PrivacySite.Content.Model;

/// <summary>content/site.yaml: who publishes the site and where it lives.</summary>
[Help("サイトを公開する組合と、サイトのアドレスです。", "Who publishes the site, and where it is published.")]
public sealed record SiteSettings(
    [Help("個人情報取扱事業者としての組合です。", "The society as the handler of personal information.")]
    Handler Handler,
    [Help("サイトを公開するアドレスです（https:// から書きます）。", "The address the site is published at, starting with https://.")]
    string BaseUrl,
    [Help("サイトの言語です。ja、en の順に書きます。", "The site's languages: ja, then en.")]
    IReadOnlyList<string> Languages,
    [Help("true にすると、フォームで郵便番号を入力したときに都道府県と市区町村（町域が一つに決まるときは町域も）を入力します。住所データはサイト自身が配信します。データが半年より古いと check が知らせます。",
        "When true, typing a postcode in the forms fills the prefecture and city (and the town where the code names one), from data the site itself serves; check warns when the data is over six months old.")]
    bool PostcodeLookup = false);
