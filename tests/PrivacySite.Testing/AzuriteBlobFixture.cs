namespace PrivacySite.Testing;

/// <summary>One in-memory Azurite blob service shared by the tests of a class.</summary>
public sealed class AzuriteBlobFixture() : AzuriteFixture(AzuriteService.Blob);
