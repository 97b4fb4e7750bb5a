// The namespaces most files of this project use, named once; a file's own usings add what only it needs.
global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using PrivacySite.Forms.Model;
global using PrivacySite.Inquiries.Model;
global using PrivacySite.Intake.Tests.Support;
global using PrivacySite.Testing;
global using Xunit;
