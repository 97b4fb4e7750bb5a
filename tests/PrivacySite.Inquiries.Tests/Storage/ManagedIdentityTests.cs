using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Tests.Storage;

/// <summary>
/// With a connection string that is only a TableEndpoint, the store signs in with a token credential
/// (the Function App's managed identity in Azure): a local HTTPS listener stands in for the table
/// service and sees the storage token as a bearer token. Azurite accepts tokens only with its own
/// certificate set-up, and no identity service answers here, so the credential is a stand-in.
/// </summary>
public sealed class ManagedIdentityTests
{
    [Fact]
    public async Task Requests_carry_a_storage_token_from_the_credential_instead_of_a_shared_key()
    {
        using var certificate = SelfSignedLoopbackCertificate();
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        await using var tableService = builder.Build();
        var authorizations = new List<string>();
        tableService.Run(context =>
        {
            lock (authorizations)
            {
                authorizations.Add(context.Request.Headers.Authorization.ToString());
            }

            return context.Request.Method == "GET"
                ? Results.Json(new { value = Array.Empty<object>() }).ExecuteAsync(context)
                : Results.NoContent().ExecuteAsync(context);
        });
        await tableService.StartAsync();

        var options = InquiryStoreSettings.DefaultTableOptions();
        options.Transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        });
        var credential = new StandInCredential();
        var store = new InquiryStoreSettings($"TableEndpoint=https://127.0.0.1:{port}/", "unused", "inquiries").Open(options, credential);

        Assert.True(await store.PingAsync(CancellationToken.None));

        Assert.NotEmpty(authorizations);
        Assert.All(authorizations, header => Assert.Equal("Bearer token-for-storage", header));
        Assert.NotEmpty(credential.RequestedScopes);
        Assert.All(credential.RequestedScopes, scopes => Assert.Equal(["https://storage.azure.com/.default"], scopes));
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel needs the private key in a form the platform's TLS can use.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private sealed class StandInCredential : TokenCredential
    {
        private readonly List<string[]> _scopes = [];

        public IReadOnlyList<string[]> RequestedScopes
        {
            get
            {
                lock (_scopes)
                {
                    return [.. _scopes];
                }
            }
        }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (_scopes)
            {
                _scopes.Add(requestContext.Scopes);
            }

            return new AccessToken("token-for-storage", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
