using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacySite.Site.Planning;

namespace PrivacySite.Site.Publishing;

/// <summary>
/// staticwebapp.config.json for Azure Static Web Apps: the security headers on every response
/// (with the intake service's origin allowed for the forms), the 404 page, a year of caching for fingerprinted assets and none for HTML.
/// </summary>
public static class StaticWebAppConfig
{
    public const string FileName = "staticwebapp.config.json";

    public static string Create(SitePlan plan)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in SecurityHeaders.ForHostedSite(plan.Forms.Origin is { } intake && !plan.Forms.Disabled ? [intake] : []))
        {
            headers[name] = value;
        }

        headers["Cache-Control"] = "no-cache";
        var config = new JsonObject
        {
            ["globalHeaders"] = headers,
            ["routes"] = new JsonArray(new JsonObject
            {
                ["route"] = plan.Urls.BasePath + "assets/*",
                ["headers"] = new JsonObject { ["Cache-Control"] = "public, max-age=31536000, immutable" },
            }),
            ["responseOverrides"] = new JsonObject
            {
                ["404"] = new JsonObject { ["rewrite"] = plan.Urls.BasePath + "404.html", ["statusCode"] = 404 },
            },
        };
        return config.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
