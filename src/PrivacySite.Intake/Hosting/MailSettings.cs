using System.Net;
using PrivacySite.Content.Formats;

namespace PrivacySite.Intake.Hosting;

/// <summary>Reads and checks the <c>Intake:Mail:*</c> settings (see <see cref="MailOptions"/>); the password is never shown.</summary>
internal static class MailSettings
{
    private const string Mail = IntakeOptions.Section + ":Mail";

    public static MailOptions Read(SettingReader read)
    {
        var options = new MailOptions
        {
            Host = read.Text($"{Mail}:Host"),
            Port = read.Integer($"{Mail}:Port", 587, 1, 65_535),
            UserName = read.Text($"{Mail}:UserName"),
            Password = read.Text($"{Mail}:Password"),
            From = read.Text($"{Mail}:From"),
            PickupFolder = read.Text($"{Mail}:PickupFolder"),
            MaxAttempts = read.Integer($"{Mail}:MaxAttempts", 8, 1, 50),
            RetryDelaySeconds = read.Number($"{Mail}:RetryDelaySeconds", 30, 0.01, 3600),
            TimeoutSeconds = read.Number($"{Mail}:TimeoutSeconds", 30, 0.1, 600),
        };

        var security = read.Text($"{Mail}:Security");
        options.Security = security?.ToLowerInvariant() switch
        {
            null or "starttls" => MailSecurity.StartTls,
            "tls" => MailSecurity.Tls,
            "none" => MailSecurity.None,
            _ => Invalid(read, "Security", $"'{security}' is not starttls, tls or none", MailSecurity.StartTls),
        };

        if (!options.IsEnabled)
        {
            return options;
        }

        if (options.Host is not null && options.PickupFolder is not null)
        {
            read.Problem($"{Mail}:PickupFolder", "is set together with Intake__Mail__Host: choose one way to send e-mails");
        }

        if (options.From is null || !FieldFormats.IsValid(TextFormat.Email, options.From))
        {
            read.Problem($"{Mail}:From", options.From is null ? "is missing: e-mails need a sender's address" : $"'{options.From}' is not an e-mail address");
        }

        if ((options.UserName is null) != (options.Password is null))
        {
            read.Problem($"{Mail}:{(options.UserName is null ? "UserName" : "Password")}", "is missing: a user name and a password go together");
        }

        if (options.Host is { } host && options.Security == MailSecurity.None && !IsLoopback(host))
        {
            read.Problem($"{Mail}:Security", "'none' sends e-mails and the password unprotected: it is only allowed to this machine (localhost); use starttls or tls");
        }

        return options;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static T Invalid<T>(SettingReader read, string name, string message, T fallback)
    {
        read.Problem($"{Mail}:{name}", message);
        return fallback;
    }
}
