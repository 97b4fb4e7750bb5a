using Microsoft.Extensions.Configuration;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Tests.Hosting;

/// <summary>The SMTP settings are checked at start-up like the others, each problem named, the password never shown.</summary>
public sealed class MailSettingsTests
{
    private static string Problems(params (string Name, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Name.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build();
        return Assert.Throws<IntakeStartupException>(() => IntakeSettings.Read(configuration)).Message;
    }

    [Fact]
    public void A_host_needs_a_sender_and_a_user_name_needs_a_password()
    {
        var message = Problems(("Intake__Mail__Host", "smtp.example.org"), ("Intake__Mail__UserName", "desk@example.org"));

        Assert.Contains("Intake__Mail__From: is missing", message);
        Assert.Contains("Intake__Mail__Password: is missing", message);
    }

    [Fact]
    public void No_protection_is_refused_to_another_machine_and_an_unknown_mode_is_named()
    {
        Assert.Contains("Intake__Mail__Security: 'none' sends e-mails and the password unprotected",
            Problems(("Intake__Mail__Host", "smtp.example.org"), ("Intake__Mail__From", "desk@example.org"), ("Intake__Mail__Security", "none")));
        Assert.Contains("Intake__Mail__Security: 'ssl' is not starttls, tls or none",
            Problems(("Intake__Mail__Host", "smtp.example.org"), ("Intake__Mail__From", "desk@example.org"), ("Intake__Mail__Security", "ssl")));
    }

    [Fact]
    public void The_password_is_never_shown()
    {
        var message = Problems(("Intake__Mail__Host", "smtp.example.org"), ("Intake__Mail__Password", "s3cr3tt0ken"), ("Intake__Mail__Port", "smtp"));

        Assert.Contains("Intake__Mail__UserName: is missing", message);
        Assert.Contains("Intake__Mail__Port: 'smtp' is not a whole number", message);
        Assert.DoesNotContain("s3cr3tt0ken", message);
    }

    [Fact]
    public void Valid_settings_are_read()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intake:Mail:Host"] = "smtp.office365.com",
            ["Intake:Mail:Security"] = "TLS",
            ["Intake:Mail:Port"] = "465",
            ["Intake:Mail:From"] = "desk@example.org",
            ["Intake:Mail:UserName"] = "desk@example.org",
            ["Intake:Mail:Password"] = "s3cr3tt0ken",
        }).Build();

        var mail = IntakeSettings.Read(configuration).Options.Mail;

        Assert.Equal(MailSecurity.Tls, mail.Security);
        Assert.Equal(465, mail.Port);
        Assert.True(mail.IsEnabled);
    }
}
