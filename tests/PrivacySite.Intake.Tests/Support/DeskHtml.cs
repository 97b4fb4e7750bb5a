using AngleSharp.Html.Parser;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Support;

/// <summary>Reads desk pages as a browser would: the antiforgery token of their forms, and builds form posts with it.</summary>
public static class DeskHtml
{
    public static string Token(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector($"input[name='{DeskAuthentication.AntiforgeryFieldName}']")?.GetAttribute("value")
        ?? throw new InvalidOperationException("the page has no antiforgery token");

    public static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new(DeskAuthentication.AntiforgeryFieldName, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
