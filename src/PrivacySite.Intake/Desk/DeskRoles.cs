namespace PrivacySite.Intake.Desk;

/// <summary>
/// The app roles of the desk's app registration, as the provider sends them in the <c>roles</c> claim,
/// and the three policies built on them: reading (any role), handling (handler or admin), administering (admin).
/// </summary>
public static class DeskRoles
{
    public const string ClaimType = "roles";

    public const string Viewer = "Desk.Viewer";
    public const string Handler = "Desk.Handler";
    public const string Admin = "Desk.Admin";

    public const string Read = "desk-read";
    public const string Handle = "desk-handle";
    public const string Administer = "desk-admin";

    /// <summary>The roles each policy accepts.</summary>
    public static IReadOnlyDictionary<string, string[]> Policies { get; } = new Dictionary<string, string[]>
    {
        [Read] = [Viewer, Handler, Admin],
        [Handle] = [Handler, Admin],
        [Administer] = [Admin],
    };
}
