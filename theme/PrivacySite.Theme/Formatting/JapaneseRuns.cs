using System.Text.RegularExpressions;

namespace PrivacySite.Theme.Formatting;

/// <summary>
/// Splits a text into runs of Japanese script (kana, kanji, Japanese punctuation and full-width forms)
/// and the rest, so an English page can mark Japanese terms such as 記号 or レセプト with lang="ja" (WCAG 3.1.2).
/// </summary>
public static partial class JapaneseRuns
{
    public static IEnumerable<(string Text, bool Japanese)> Split(string text)
    {
        var at = 0;
        foreach (Match run in Japanese().Matches(text))
        {
            if (run.Index > at)
            {
                yield return (text[at..run.Index], false);
            }

            yield return (run.Value, true);
            at = run.Index + run.Length;
        }

        if (at < text.Length)
        {
            yield return (text[at..], false);
        }
    }

    // Hiragana, katakana (and its phonetic extensions), CJK ideographs, the ideographic iteration and
    // punctuation marks, full-width forms and half-width katakana; a run may hold the middle dot 「・」.
    [GeneratedRegex(@"[\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f](?:[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uff66-\uff9f]*[\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f])?")]
    private static partial Regex Japanese();
}
