namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// A way to reach the desk: the online forms, e-mail, phone, fax, post or a visit. The desk lists the
/// channels it has (<see cref="ContactPoint.Channels"/>); the ways to apply name some of them; the
/// online forms exist only when the desk has <see cref="Online"/>.
/// </summary>
public enum ApplicationChannel
{
    Online,
    Email,
    Phone,
    Fax,
    Post,
    InPerson,
}
