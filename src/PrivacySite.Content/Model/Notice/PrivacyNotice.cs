namespace PrivacySite.Content.Model.Notice;

/// <summary>Every notice data file under content/notice/, loaded; one record per file.</summary>
public sealed record PrivacyNotice(IReadOnlyList<object> Parts)
{
    public FullNotice FullNotice => Part<FullNotice>();

    public PurposesOfUse Purposes => Part<PurposesOfUse>();

    public SafetyMeasures SafetyMeasures => Part<SafetyMeasures>();

    public Consignment Consignment => Part<Consignment>();

    public JointUse JointUse => Part<JointUse>();

    public ThirdPartyProvision ThirdPartyProvision => Part<ThirdPartyProvision>();

    public MyNumberUse MyNumber => Part<MyNumberUse>();

    public RequestProcedures Requests => Part<RequestProcedures>();

    public ComplaintHandling Complaints => Part<ComplaintHandling>();

    public RevisionHistory Revisions => Part<RevisionHistory>();

    /// <summary>The loaded record of a notice file, by its type.</summary>
    public object Part(Type type) => Parts.Single(p => p.GetType() == type);

    private T Part<T>() => (T)Part(typeof(T));
}
