namespace PrivacySite.Tests.Support;

/// <summary>Every fixture society (<see cref="FixtureSocieties"/>) built once, for the tests that must hold for any society's site.</summary>
public sealed class BuiltSocietiesFixture : IAsyncLifetime
{
    private readonly Dictionary<string, BuiltSiteFixture> _sites = RepoPaths.Societies.ToDictionary(n => n, n => new BuiltSiteFixture(RepoPaths.Society(n)));

    public BuiltSiteFixture this[string society] => _sites[society];

    public Task InitializeAsync() => Task.WhenAll(_sites.Values.Select(s => s.InitializeAsync()));

    public Task DisposeAsync() => Task.WhenAll(_sites.Values.Select(s => s.DisposeAsync()));
}
