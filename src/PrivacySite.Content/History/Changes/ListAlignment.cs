namespace PrivacySite.Content.History.Changes;

/// <summary>
/// Pairs the items of an old and a new list: items with the same key are the same item (the
/// longest common run of keys, so a moved item is a removal and an addition), and between two
/// such anchors the first removed item pairs with the first added one, as an edit in place would.
/// </summary>
internal static class ListAlignment
{
    /// <returns>Each pair in order; a side is -1 where the item is only in the other list.</returns>
    public static IReadOnlyList<(int Before, int After)> Align(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var lengths = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i] == after[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var removed = new List<int>();
        var added = new List<int>();
        int b = 0, a = 0;
        while (b < before.Count || a < after.Count)
        {
            if (b < before.Count && a < after.Count && before[b] == after[a])
            {
                Flush(pairs, removed, added);
                pairs.Add((b++, a++));
            }
            else if (a >= after.Count || (b < before.Count && lengths[b + 1, a] >= lengths[b, a + 1]))
            {
                removed.Add(b++);
            }
            else
            {
                added.Add(a++);
            }
        }

        Flush(pairs, removed, added);
        return pairs;
    }

    private static void Flush(List<(int, int)> pairs, List<int> removed, List<int> added)
    {
        for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
        {
            pairs.Add((k < removed.Count ? removed[k] : -1, k < added.Count ? added[k] : -1));
        }

        removed.Clear();
        added.Clear();
    }
}
