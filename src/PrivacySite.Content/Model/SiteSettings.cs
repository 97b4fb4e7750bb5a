namespace PrivacySite.Content.Model;

/// <summary>content/site.yaml: who publishes the site and where it lives.</summary>
[Help("サイトを公開する組合と、サイトのアドレスです。", "Who publishes the site, and where it is published.")]
public sealed record SiteSettings(
    [Help("個人情報取扱事業者としての組合です。", "The society as the handler of personal information.")]
    Handler Handler,
    [Help("サイトを公開するアドレスです（https:// から書きます）。", "The address the site is published at, starting with https://.")]
    string BaseUrl,
    [Help("サイトの言語です。ja、en の順に書きます。", "The site's languages: ja, then en.")]
    IReadOnlyList<string> Languages);
