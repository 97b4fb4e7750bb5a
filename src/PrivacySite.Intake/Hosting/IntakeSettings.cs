using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Desk;
using PrivacySite.Inquiries.Storage.Tables;

namespace PrivacySite.Intake.Hosting;

/// <summary>Every setting of the service, read and checked: the intake's own, the store's and the status page codes' keys.</summary>
public sealed record IntakeSettings(IntakeOptions Options, InquiryStoreSettings Store, StatusCodeKeys Codes, IReadOnlyList<string> Names)
{
    /// <summary>Set by the Azure Functions host for a custom handler: the service runs in a Function App.</summary>
    public const string FunctionsPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>Set by Azure App Service (and so a Function App): the app's own host name.</summary>
    public const string AppServiceHostVariable = "WEBSITE_HOSTNAME";

    private const string Intake = IntakeOptions.Section;
    private const string StoreSection = InquiryStoreSettings.Section;
    private const string KeysSetting = $"{Intake}:StatusCodeKeys";

    /// <summary>Where a service given no <c>Intake__StatusCodeKeys</c> outside a Function App keeps its own key, beside the file store's folder.</summary>
    public const string LocalKeyFile = "status-code.key";

    /// <exception cref="IntakeStartupException">A setting is malformed, unknown, or missing where it is required; the message names each.</exception>
    public static IntakeSettings Read(IConfiguration configuration)
    {
        var read = new SettingReader(configuration);
        var inFunctionApp = !string.IsNullOrEmpty(configuration[FunctionsPortVariable]);
        var options = new IntakeOptions
        {
            ContentPath = read.Folder($"{Intake}:ContentPath"),
            SiteBaseUrl = read.Url($"{Intake}:SiteBaseUrl", secret: false),
            PublicUrl = read.Url($"{Intake}:PublicUrl", secret: false)
                ?? (configuration[AppServiceHostVariable] is { Length: > 0 } host ? $"https://{host}/" : null),
            RetryAfterSeconds = read.Integer($"{Intake}:RetryAfterSeconds", 30, 1, 3600),
            RateLimit = new RateLimitOptions
            {
                PermitLimit = read.Integer($"{Intake}:RateLimit:PermitLimit", 10, 1, int.MaxValue),
                WindowSeconds = read.Integer($"{Intake}:RateLimit:WindowSeconds", 60, 1, 86_400),

                // Behind the Functions host every request comes from localhost; the client is the forwarded address.
                TrustForwardedFor = read.Flag($"{Intake}:RateLimit:TrustForwardedFor", inFunctionApp),
            },
            Webhook = new WebhookOptions
            {
                Url = read.Url($"{Intake}:Webhook:Url", secret: true),
                MaxAttempts = read.Integer($"{Intake}:Webhook:MaxAttempts", 6, 1, 20),
                RetryDelaySeconds = read.Number($"{Intake}:Webhook:RetryDelaySeconds", 2, 0.01, 600),
            },
            Outbox = new OutboxOptions
            {
                PollSeconds = read.Number($"{Intake}:Outbox:PollSeconds", 30, 0.01, 3600),
                LeaseSeconds = read.Number($"{Intake}:Outbox:LeaseSeconds", 120, 1, 3600),
            },
            Mail = MailSettings.Read(read),
            Desk = DeskSettings.Read(read, inFunctionApp || DeskSettings.FunctionAppVariables.Any(v => !string.IsNullOrEmpty(configuration[v]))),
        };

        var connection = read.Text($"{StoreSection}:ConnectionString");
        var path = read.Text($"{StoreSection}:Path");
        var table = read.Text($"{StoreSection}:Table");
        CheckStore(read, connection, path, table, inFunctionApp);
        read.Text($"{StoreSection}:DocumentsPath");
        CheckDocuments(read, read.Text($"{StoreSection}:DocumentsConnectionString"), read.Text($"{StoreSection}:DocumentsContainer"));
        var store = InquiryStoreSettings.From(key => configuration[key]);
        var codes = ReadKeys(read, store, inFunctionApp);
        read.RejectUnknown(Intake, StoreSection);

        if (read.Problems.Count > 0)
        {
            throw new IntakeStartupException(
                "The intake service did not start: fix these settings (environment variables, appsettings.json or the Function App's settings):\n"
                + string.Join('\n', read.Problems));
        }

        return new IntakeSettings(options, store, codes!, read.Asked);
    }

    private static StatusCodeKeys? ReadKeys(SettingReader read, InquiryStoreSettings store, bool inFunctionApp)
    {
        if (read.Text(KeysSetting) is { } text)
        {
            var keys = StatusCodeKeys.TryParse(text, out var problem);
            if (keys is null)
            {
                read.Problem(KeysSetting, problem!);
            }

            return keys;
        }

        if (inFunctionApp)
        {
            read.Problem(KeysSetting, $"is missing: in a Function App the status page codes are derived under a secret key kept in Key Vault (a Key Vault reference to a secret made with: openssl rand -base64 {StatusCodeKeys.MinimumBytes})");
            return null;
        }

        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Path))!, LocalKeyFile);
        try
        {
            return StatusCodeKeys.LoadOrCreate(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            read.Problem(KeysSetting, $"is not set, and the local key file cannot be used ({e.Message})");
            return null;
        }
    }

    private static void CheckDocuments(SettingReader read, string? connection, string? container)
    {
        if (connection is not null)
        {
            try
            {
                Inquiries.Documents.BlobConnection.Parse(connection);
            }
            catch (Exception e) when (e is FormatException or UriFormatException)
            {
                read.Problem($"{StoreSection}:DocumentsConnectionString", $"cannot be read ({e.Message})");
            }
        }

        if (container is not null && !Regex.IsMatch(container, "^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$"))
        {
            read.Problem($"{StoreSection}:DocumentsContainer", $"'{container}' is not a container name (3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit)");
        }
    }

    private static void CheckStore(SettingReader read, string? connection, string? path, string? table, bool inFunctionApp)
    {
        if (connection is not null)
        {
            try
            {
                TableConnection.Parse(connection);
            }
            catch (Exception e) when (e is FormatException or UriFormatException)
            {
                read.Problem($"{StoreSection}:ConnectionString", $"cannot be read ({e.Message})");
            }
        }
        else if (inFunctionApp && path is null)
        {
            // A Function App's own disk is not a place to keep inquiries: it may be read-only or replaced on deployment.
            read.Problem($"{StoreSection}:ConnectionString",
                "is missing: in a Function App the service keeps inquiries in Table Storage (TableEndpoint=https://ACCOUNT.table.core.windows.net with a managed identity, or a connection string)");
        }

        if (table is not null && !Regex.IsMatch(table, "^[A-Za-z][A-Za-z0-9]{2,62}$"))
        {
            read.Problem($"{StoreSection}:Table", $"'{table}' is not a table name (3 to 63 letters and digits, starting with a letter)");
        }
    }
}
