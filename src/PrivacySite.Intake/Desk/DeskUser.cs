using System.Security.Claims;

namespace PrivacySite.Intake.Desk;

/// <summary>The signed-in member of staff as the desk shows and records them: a name (never an e-mail address in a log) and their strongest role.</summary>
internal sealed record DeskUser(string Name, string Role)
{
    public static DeskUser Of(ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(DeskRoles.ClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var role = new[] { DeskRoles.Admin, DeskRoles.Handler, DeskRoles.Viewer }.FirstOrDefault(roles.Contains) ?? "-";
        var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("sub")?.Value ?? "?";
        return new DeskUser(name, role);
    }

    public bool May(string policy) => DeskRoles.Policies[policy].Contains(Role);
}
