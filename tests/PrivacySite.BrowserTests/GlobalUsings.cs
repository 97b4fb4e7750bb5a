// The namespaces most files of this project use, named once; a file's own usings add what only it needs.
global using Microsoft.Playwright;
global using PrivacySite.BrowserTests.Support;
global using PrivacySite.Content.Model;
global using PrivacySite.Forms.Model;
global using PrivacySite.Inquiries.Model;
global using PrivacySite.Site.Planning;
global using PrivacySite.Testing;
global using Xunit;
