using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>A way to apply for a request (requests.yaml how_to_apply) is a channel the desk (complaints.yaml contact) has.</summary>
internal sealed class ApplicationMethodsRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var desk = content.Notice.Complaints.Contact;
        var file = NoticePages.FileOf<ComplaintHandling>();
        var map = content.SourceMaps[NoticePages.FileOf<RequestProcedures>()];
        var methods = content.Notice.Requests.HowToApply.Methods;
        for (var i = 0; i < methods.Count; i++)
        {
            if (!desk.Offers(methods[i].Channel))
            {
                var path = $"{YamlNaming.ToKey(nameof(RequestProcedures.HowToApply))}.{YamlNaming.ToKey(nameof(HowToApply.Methods))}[{i}].{YamlNaming.ToKey(nameof(ApplicationMethod.Channel))}";
                diagnostics.Add(DiagnosticDescriptors.MethodChannelNotOffered, map[path], YamlNaming.ToKey(methods[i].Channel.ToString()), file);
            }
        }
    }
}
