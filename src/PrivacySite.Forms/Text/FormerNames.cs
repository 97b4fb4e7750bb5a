namespace PrivacySite.Forms.Text;

/// <summary>
/// Names content/forms/ used before they were renamed, so that a society's older content is told the new
/// name instead of only "unknown". The medical fee statements box was "receipts" beside the receipt page;
/// the request form's kind was "disclosure", one of the six request kinds it covers.
/// </summary>
internal static class FormerNames
{
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["receipts"] = "medical_fee_statements",
    };

    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["disclosure"] = "request",
    };
}
