namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>Builds OData filter literals safely (quotes doubled), like Azure.Data.Tables' TableClient.CreateQueryFilter.</summary>
public static class TableFilter
{
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Date(DateTimeOffset value) => "datetime'" + TableEntityJson.DateTimeText(value) + "'";
}
