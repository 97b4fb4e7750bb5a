using PrivacySite.Theme.Formatting;

namespace PrivacySite.Tests.Theme;

/// <summary>Japanese terms in English text are found as runs, with their punctuation inside and the English around them left alone.</summary>
public sealed class JapaneseRunsTests
{
    [Theory]
    [InlineData("Symbol on the insurance card (記号)", "記号")]
    [InlineData("my medical fee statements (レセプト)", "レセプト")]
    [InlineData("the Japan Health Insurance Association (全国健康保険協会・協会けんぽ) and others", "全国健康保険協会・協会けんぽ")]
    [InlineData("ｶﾀｶﾅ and ＡＢＣ１２３", "ｶﾀｶﾅ|ＡＢＣ１２３")]
    [InlineData("No Japanese here, not even “quotes” or ¥300", "")]
    public void Japanese_runs_are_found_and_nothing_else(string text, string runs)
    {
        var split = JapaneseRuns.Split(text).ToList();

        Assert.Equal(text, string.Concat(split.Select(r => r.Text)));
        Assert.Equal(runs, string.Join('|', split.Where(r => r.Japanese).Select(r => r.Text)));
    }
}
