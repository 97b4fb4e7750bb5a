namespace PrivacySite.Content.Model.Notice;

/// <summary>Every notice data file under content/notice/, loaded; one record per file (an optional section's only when the society wrote it).</summary>
public sealed record PrivacyNotice(IReadOnlyList<object> Parts)
{
    /// <summary>The sections the society added (notice.yaml's <c>extra_sections</c>), in the order it declared them.</summary>
    public IReadOnlyList<NoticeExtra> Extras { get; init; } = [];

    public FullNotice FullNotice => Part<FullNotice>();

    public PurposesOfUse Purposes => Part<PurposesOfUse>();

    public SafetyMeasures SafetyMeasures => Part<SafetyMeasures>();

    public Consignment? Consignment => Parts.OfType<Consignment>().SingleOrDefault();

    public JointUse? JointUse => Parts.OfType<JointUse>().SingleOrDefault();

    public ThirdPartyProvision? ThirdPartyProvision => Parts.OfType<ThirdPartyProvision>().SingleOrDefault();

    public MyNumberUse? MyNumber => Parts.OfType<MyNumberUse>().SingleOrDefault();

    public RequestProcedures Requests => Part<RequestProcedures>();

    public ComplaintHandling Complaints => Part<ComplaintHandling>();

    public RevisionHistory Revisions => Part<RevisionHistory>();

    /// <summary>The loaded record of a notice file, by its type; null for an optional section the society left out.</summary>
    public object? Find(Type type) => Parts.SingleOrDefault(p => p.GetType() == type);

    /// <summary>The loaded record of a notice file every notice has, by its type.</summary>
    public object Part(Type type) => Find(type) ?? throw new InvalidOperationException(type.Name + " is not in this notice");

    private T Part<T>() => (T)Part(typeof(T));
}
