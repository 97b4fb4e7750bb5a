using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Tests.Support;

/// <summary>
/// `privacysite inquiries …` run as its own process, as staff run it, on a store configured the way
/// the service's is: InquiryStore__Path (a temp folder) or InquiryStore__ConnectionString (Azurite).
/// </summary>
public sealed class DeskCli : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _environment;

    /// <param name="contentPath">The content whose response times the desk reads (Intake__ContentPath); the sample society's by default.</param>
    public DeskCli(string? connectionString = null, string? contentPath = null)
    {
        var table = "t" + Guid.NewGuid().ToString("N");
        _environment = new()
        {
            ["InquiryStore__ConnectionString"] = connectionString,
            ["InquiryStore__Path"] = connectionString is null ? _folder.Combine("store") : null,
            ["InquiryStore__Table"] = table,
            ["Intake__ContentPath"] = contentPath ?? RepoPaths.SampleSociety,
        };
        Store = new InquiryStoreSettings(connectionString, _folder.Combine("store"), table).Open();
    }

    /// <summary>The same store, opened by the test to seed and inspect it.</summary>
    public IInquiryStore Store { get; }

    public string Folder => _folder.Path;

    public async Task<InquiryRecord> SeedAsync(InquiryRecord record)
    {
        await Store.AddAsync(record, [], CancellationToken.None);
        return (await Store.GetAsync(record.Reference, CancellationToken.None))!;
    }

    public Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        CliProcess.RunAsync(_folder.Path, _environment, ["inquiries", .. args]);

    /// <summary>Runs with other store settings, such as a broken connection string.</summary>
    public Task<(int Exit, string Stdout, string Stderr)> RunWithAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        CliProcess.RunAsync(_folder.Path, environment, ["inquiries", .. args]);

    /// <summary>The lines a command printed, without the last line break.</summary>
    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public void Dispose() => _folder.Dispose();
}
