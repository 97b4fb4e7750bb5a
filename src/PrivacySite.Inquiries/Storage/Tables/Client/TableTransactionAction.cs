namespace PrivacySite.Inquiries.Storage.Tables.Client;

public enum TableTransactionActionType
{
    Add,
    UpdateReplace,
    Delete,
}

/// <summary>One operation of an entity group transaction, as in Azure.Data.Tables.</summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, string? ETag = null);
