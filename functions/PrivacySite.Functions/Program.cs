using PrivacySite.Intake.Hosting;

// The intake service. Under the Azure Functions host it is a custom handler: the host starts this
// executable, sets FUNCTIONS_CUSTOMHANDLER_PORT and forwards each HTTP request to it unchanged.
// Locally: dotnet run --project functions/PrivacySite.Functions [--urls http://127.0.0.1:7071]
var builder = WebApplication.CreateSlimBuilder(args);
if (Environment.GetEnvironmentVariable(IntakeSettings.FunctionsPortVariable) is { Length: > 0 } port)
{
    builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
}

try
{
    builder.Services.AddInquiryIntake(builder.Configuration);
}
catch (IntakeStartupException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

await using var app = builder.Build();
app.MapInquiryIntake();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests that host the app in memory.</summary>
public partial class Program;
