using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Desk;

/// <summary>Reads and checks the <c>Intake:Desk:*</c> settings (see <see cref="DeskOptions"/>); the client secret is never shown.</summary>
internal static class DeskSettings
{
    private const string Desk = IntakeOptions.Section + ":Desk";

    /// <summary>Set by Azure for every Function App (besides the custom handler's port).</summary>
    public static readonly string[] FunctionAppVariables = ["FUNCTIONS_WORKER_RUNTIME", "WEBSITE_SITE_NAME"];

    public static DeskOptions Read(SettingReader read, bool inFunctionApp)
    {
        var options = new DeskOptions
        {
            Authority = read.Url($"{Desk}:Authority", secret: false),
            ClientId = read.Text($"{Desk}:ClientId"),
            ClientSecret = read.Text($"{Desk}:ClientSecret"),
            PublicBaseUrl = read.Url($"{Desk}:PublicBaseUrl", secret: false),
            IdleMinutes = read.Integer($"{Desk}:IdleMinutes", DeskOptions.DefaultIdleMinutes, 1, 24 * 60),
            DevelopmentSignIn = read.Flag($"{Desk}:DevelopmentSignIn", false),
            DocumentRetentionDays = read.Integer($"{Desk}:DocumentRetentionDays", DeskOptions.DefaultDocumentRetentionDays, 0, 3650),
        };

        if (options.DevelopmentSignIn && inFunctionApp)
        {
            read.Problem($"{Desk}:DevelopmentSignIn", "is refused in a Function App: the development sign-in lets anyone choose a role; sign staff in through Entra ID (Intake__Desk__Authority)");
        }

        if (options.DevelopmentSignIn && options.Authority is not null)
        {
            read.Problem($"{Desk}:DevelopmentSignIn", "is set together with Intake__Desk__Authority: choose one way to sign in");
        }

        if (options.Authority is not null)
        {
            CheckProvider(read, options);
        }

        return options;
    }

    private static void CheckProvider(SettingReader read, DeskOptions options)
    {
        if (options.ClientId is null)
        {
            read.Problem($"{Desk}:ClientId", "is missing: the application (client) ID of the desk's app registration");
        }

        if (options.ClientSecret is null)
        {
            read.Problem($"{Desk}:ClientSecret", "is missing: the desk's app registration needs a client secret to redeem the sign-in code");
        }
    }
}
