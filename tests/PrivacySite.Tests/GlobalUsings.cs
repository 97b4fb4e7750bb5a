// The namespaces most files of this project use, named once; a file's own usings add what only it needs.
global using Xunit;
global using PrivacySite.Content.Model;
global using PrivacySite.Tests.Support;
global using PrivacySite.Testing;
