using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Forms.Model;

namespace PrivacySite.Forms.Fields;

/// <summary>The two forms of the intake service, each built from the shared fields and its own.</summary>
public static class InquiryForms
{
    public static InquiryForm Request { get; } = new(InquiryKind.Request,
        [.. CommonFields.WhoAndHow, .. RequestFields.Fields, .. CommonFields.ConsentAndHidden]);

    public static InquiryForm Complaint { get; } = new(InquiryKind.Complaint,
        [.. CommonFields.WhoAndHow, .. ComplaintFields.Fields, .. CommonFields.ConsentAndHidden]);

    public static IReadOnlyList<InquiryForm> All { get; } = [Request, Complaint];

    /// <summary>Who is asking: "self", "legal_representative" or "appointed_agent".</summary>
    public const string Requester = CommonFields.Requester;

    public static InquiryForm For(InquiryKind kind) => kind == InquiryKind.Request ? Request : Complaint;

    /// <summary>The choice of who is sending the form (self, legal_representative, appointed_agent).</summary>
    public const string RequesterField = CommonFields.Requester;

    /// <summary>The checkboxes of the request kinds asked for.</summary>
    public const string RequestKindsField = RequestFields.RequestKinds;

        /// <summary>The key of the medical fee statement procedure in notice/requests.yaml, asked for with the field of the same name.</summary>
    public static readonly string MedicalFeeStatements = YamlNaming.ToKey(nameof(RequestProcedures.MedicalFeeStatements));

    /// <summary>
    /// The procedures of notice/requests.yaml a request asks for: the request kinds ticked (their
    /// values are the notice's keys) and, with the medical fee statements box, the medical fee statement procedure.
    /// </summary>
    public static IEnumerable<string> ProceduresAskedFor(IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        var kinds = values.GetValueOrDefault(RequestFields.RequestKinds) ?? [];
        var statements = values.GetValueOrDefault(RequestFields.MedicalFeeStatements) ?? [];
        return statements.Contains("yes") ? kinds.Append(MedicalFeeStatements) : kinds;
    }

    /// <summary>The names of the hidden fields every form carries, for the endpoints and the form pages.</summary>
    public static class Hidden
    {
        public const string Language = CommonFields.Language;
        public const string IdempotencyToken = CommonFields.IdempotencyToken;
        public const string Honeypot = CommonFields.Honeypot;
    }
}
