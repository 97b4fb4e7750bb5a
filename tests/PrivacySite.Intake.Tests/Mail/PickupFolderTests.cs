using MimeKit;

namespace PrivacySite.Intake.Tests.Mail;

/// <summary>Without an SMTP server (what <c>serve</c> does), e-mails are written as .eml files a developer can open, readable by their owner alone.</summary>
public sealed class PickupFolderTests
{
    [Fact]
    public async Task The_acknowledgement_is_written_as_an_eml_file()
    {
        using var folder = new TempFolder();
        var pickup = folder.Combine("mail");
        await using var app = new IntakeApp(settings: new Dictionary<string, string?>
        {
            ["Intake:Mail:PickupFolder"] = pickup,
            ["Intake:Mail:From"] = "no-reply@example.org",
        });
        using var client = app.Client();

        var response = await app.PostJson(client, "complaint", Samples.ComplaintJson());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        for (var i = 0; i < 100 && !(Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml").Length > 0); i++)
        {
            await Task.Delay(100);
        }

        var file = Assert.Single(Directory.GetFiles(pickup, "*.eml"));
        Assert.Contains(reference, Path.GetFileName(file));
        Assert.DoesNotContain("hanako", Path.GetFileName(file));
        var mail = await MimeMessage.LoadAsync(file);
        Assert.Contains(reference, mail.Subject);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }
}
