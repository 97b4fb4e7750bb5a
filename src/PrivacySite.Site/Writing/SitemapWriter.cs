using System.Xml.Linq;
using PrivacySite.Content.Model;
using PrivacySite.Site.Planning;

namespace PrivacySite.Site.Writing;

/// <summary>sitemap.xml with each page's language alternates, and robots.txt pointing at it.</summary>
public static class SitemapWriter
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Sitemap(SitePlan plan)
    {
        var slugs = plan.Pages.Select(p => p.Slug).Distinct().Order(StringComparer.Ordinal);
        var urls = slugs.SelectMany(slug => Languages.All.Select(language => new XElement(SitemapNs + "url",
            new XElement(SitemapNs + "loc", plan.Urls.Absolute(slug, language)),
            Languages.All.Select(l => Alternate(l.Code(), plan.Urls.Absolute(slug, l))),
            Alternate("x-default", plan.Urls.Absolute(slug, Languages.Default)))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(SitemapNs + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        return document.Declaration + "\n" + document.ToString();
    }

    public static string Robots(SitePlan plan) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {plan.Urls.AbsoluteFile("sitemap.xml")}\n";

    private static XElement Alternate(string hreflang, string href) => new(Xhtml + "link",
        new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang), new XAttribute("href", href));
}
