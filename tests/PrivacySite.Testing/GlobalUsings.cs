// The namespaces most files of this project use, named once; a file's own usings add what only it needs.
global using PrivacySite.Inquiries.Model;
global using Xunit;
