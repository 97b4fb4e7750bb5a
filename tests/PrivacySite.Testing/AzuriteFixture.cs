namespace PrivacySite.Testing;

/// <summary>One in-memory Azurite shared by the tests of a class.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; } = new();

    public string ConnectionString => Azurite.ConnectionString;

    public Task InitializeAsync() => Azurite.StartAsync();

    public Task DisposeAsync() => Azurite.StopAsync();
}
