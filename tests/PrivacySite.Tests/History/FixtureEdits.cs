namespace PrivacySite.Tests.History;

/// <summary>Edits of the history fixture that several tests make.</summary>
internal static class FixtureEdits
{
    /// <summary>Sets the fee (yen) and response days of the disclosure request, which the fixture has at 300 and 14.</summary>
    public static void SetDisclosureFee(GitSandbox repo, int yen, int responseDays) =>
        repo.Replace("notice/requests.yaml", Disclosure(300, 14), Disclosure(yen, responseDays));

    private static string Disclosure(int yen, int responseDays) =>
        $"    yen: {yen}\n    unit:\n      ja: 1件につき\n      en: per request\n    note:\n      ja: 郵送を希望される場合は、郵送料の実費をご負担いただきます。\n"
        + $"      en: If you want it posted, you pay the actual postage as well.\n  response_days: {responseDays}\n\nprovision_record_disclosure:";
}
