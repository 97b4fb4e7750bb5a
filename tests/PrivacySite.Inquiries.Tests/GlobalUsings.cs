// The namespaces most files of this project use, named once; a file's own usings add what only it needs.
global using PrivacySite.Content.Model;
global using PrivacySite.Forms.Model;
global using PrivacySite.Inquiries.Model;
global using PrivacySite.Inquiries.Storage;
global using PrivacySite.Inquiries.Tests.Support;
global using PrivacySite.Testing;
global using Xunit;
global using PrivacySite.Inquiries.Outbox;
