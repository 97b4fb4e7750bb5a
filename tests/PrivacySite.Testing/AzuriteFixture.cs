namespace PrivacySite.Testing;

/// <summary>One in-memory Azurite table service shared by the tests of a class.</summary>
public class AzuriteFixture : IAsyncLifetime
{
    public AzuriteFixture()
        : this(AzuriteService.Table)
    {
    }

    protected AzuriteFixture(AzuriteService service) => Azurite = new AzuriteProcess(service: service);

    public AzuriteProcess Azurite { get; }

    public string ConnectionString => Azurite.ConnectionString;

    public Task InitializeAsync() => Azurite.StartAsync();

    public Task DisposeAsync() => Azurite.StopAsync();
}
