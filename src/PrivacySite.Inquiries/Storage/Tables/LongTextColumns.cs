using Azure.Data.Tables;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// A text column of any length over as many properties as it needs (Values, Values_2, Values_3, …):
/// a Table Storage string property holds at most 32,768 UTF-16 code units, and the stored JSON of a
/// submission at the form's limits, full of characters it escapes (&lt; becomes \u003C), is longer.
/// A surrogate pair is never cut in two, so each piece is valid text on its own.
/// </summary>
internal static class LongTextColumns
{
    /// <summary>Below the service's 32,768 with room to spare.</summary>
    public const int MaxPieceLength = 32_000;

    public static void Write(TableEntity entity, string column, string text)
    {
        var piece = 1;
        var start = 0;
        do
        {
            var length = Math.Min(MaxPieceLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            entity[Name(column, piece++)] = text.Substring(start, length);
            start += length;
        }
        while (start < text.Length);
    }

    /// <summary>The pieces joined again, or null when the column is missing.</summary>
    public static string? Read(TableEntity entity, string column)
    {
        if (entity.GetString(column) is not { } first)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(first);
        for (var piece = 2; entity.GetString(Name(column, piece)) is { } next; piece++)
        {
            text.Append(next);
        }

        return text.ToString();
    }

    private static string Name(string column, int piece) => piece == 1 ? column : $"{column}_{piece}";
}
