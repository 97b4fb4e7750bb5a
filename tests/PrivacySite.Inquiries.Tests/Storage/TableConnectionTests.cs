using PrivacySite.Inquiries.Storage;
using PrivacySite.Inquiries.Storage.Files;
using PrivacySite.Inquiries.Storage.Tables;

namespace PrivacySite.Inquiries.Tests.Storage;

public sealed class TableConnectionTests
{
    [Fact]
    public void Development_storage_means_azurite_on_its_default_port()
    {
        var connection = TableConnection.Parse("UseDevelopmentStorage=true");
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", connection.Endpoint.AbsoluteUri.TrimEnd('/'));
        Assert.False(connection.UsesTokenCredential);
    }

    [Fact]
    public void An_account_connection_string_gives_the_account_endpoint_and_never_shows_the_key()
    {
        var connection = TableConnection.Parse("DefaultEndpointsProtocol=https;AccountName=samplekenpo;AccountKey=a2V5;EndpointSuffix=core.windows.net");
        Assert.Equal("https://samplekenpo.table.core.windows.net", connection.Endpoint.AbsoluteUri.TrimEnd('/'));
        Assert.False(connection.UsesTokenCredential);
        Assert.DoesNotContain("a2V5", connection.ToString());
    }

    [Fact]
    public void An_endpoint_without_a_key_signs_in_with_a_managed_identity()
    {
        var connection = TableConnection.Parse("TableEndpoint=https://samplekenpo.table.core.windows.net");
        Assert.True(connection.UsesTokenCredential);
        Assert.Equal("samplekenpo.table.core.windows.net", connection.Endpoint.Host);
        Assert.IsType<TableInquiryStore>(new InquiryStoreSettings(connection.ToString(), "unused", "inquiries").Open());
    }

    [Theory]
    [InlineData("AccountKey=a2V5")]
    [InlineData("TableEndpoint=ftp://example.org/")]
    [InlineData("TableEndpoint=http://samplekenpo.table.core.windows.net/")]
    [InlineData("TableEndpoint=not a url")]
    [InlineData("just some text")]
    public void Unusable_connection_strings_are_refused_with_a_format_error_that_does_not_echo_the_key(string text)
    {
        var error = Assert.Throws<FormatException>(() => TableConnection.Parse(text));
        Assert.DoesNotContain("a2V5", error.Message);
    }

    [Fact]
    public void Without_a_connection_string_the_file_store_is_used_at_the_default_path()
    {
        var settings = InquiryStoreSettings.From(_ => null);
        Assert.False(settings.UsesTableStorage);
        Assert.Equal(".data/inquiries", settings.Path);
        Assert.IsType<FileInquiryStore>(settings.Open());

        var configured = InquiryStoreSettings.From(key => key == "InquiryStore:ConnectionString" ? "UseDevelopmentStorage=true" : null);
        Assert.True(configured.UsesTableStorage);
    }
}
