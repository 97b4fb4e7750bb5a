// The namespaces most files of this project use, named once; a file's own usings add what only it needs.
global using PrivacySite.Content.Model;
global using PrivacySite.Forms.Model;
global using PrivacySite.Testing;
global using Xunit;
