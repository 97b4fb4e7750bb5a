namespace PrivacySite.Testing;

/// <summary>Which of Azurite's services a process runs.</summary>
public enum AzuriteService
{
    Table,
    Blob,
}
