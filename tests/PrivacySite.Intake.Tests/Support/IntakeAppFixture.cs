namespace PrivacySite.Intake.Tests.Support;

/// <summary>One in-memory intake app on the file store, shared by a test class; its logs are checked when it closes.</summary>
public sealed class IntakeAppFixture : IAsyncLifetime
{
    public IntakeApp App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
