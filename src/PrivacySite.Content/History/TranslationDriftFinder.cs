using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Content.Validation;

namespace PrivacySite.Content.History;

/// <summary>
/// Finds English left behind by a change of its Japanese, from when git says each line last
/// changed: per text in the data files (its 'ja:' lines against its 'en:' lines) and per part of a
/// Markdown page (the Japanese page's part under a heading against the English page's part in the
/// same place). Lines not yet committed count as the newest; the day of an uncommitted change is today.
/// </summary>
public static class TranslationDriftFinder
{
    private const string ReviewedKey = "en_reviewed";

    public static IReadOnlyList<TranslationDrift> Find(GitRepository repository, ContentSet content, TimeProvider clock)
    {
        var order = repository.CommitsNewestFirst().Select((commit, i) => (commit, i)).ToDictionary(p => p.commit, p => p.i, StringComparer.Ordinal);
        var today = JapanTime.Today(clock);
        var japanese = content.Pages.Where(p => p.Language == Language.Ja).ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var pages = content.Pages
            .Where(p => p.Language == Language.En && p.FrontMatter.Untranslated != true && japanese.ContainsKey(p.Slug))
            .Select(p => (Ja: japanese[p.Slug], En: p))
            .Concat(content.Notice.Extras.Select(e => e.Section).OfType<MarkdownSection>().Select(s => (s.Ja, s.En)))
            .ToList();
        var files = content.YamlFiles().Select(f => f.File).Concat(pages.SelectMany(p => new[] { p.Ja.File, p.En.File })).ToList();
        var blames = files.AsParallel().Select(f => (File: f, Blame: repository.BlameLines(f))).ToDictionary(b => b.File, b => b.Blame, StringComparer.Ordinal);

        var history = new LineHistory(order, today);
        return
        [
            .. content.YamlFiles().SelectMany(f => InDataFile(content, f.File, f.Model, blames[f.File], history)),
            .. pages.SelectMany(p => InPage(content, p.Ja, p.En, blames[p.Ja.File], blames[p.En.File], history)),
        ];
    }

    private static IEnumerable<TranslationDrift> InDataFile(ContentSet content, string file, object model, Blame blame, LineHistory history)
    {
        var map = content.SourceMaps[file];
        var lines = ReadLines(Path.Combine(content.Root, file));
        foreach (var (path, text) in ModelWalker.Find<LocalizedText>(model))
        {
            var (ja, en) = ($"{path}.ja", $"{path}.en");
            if (string.IsNullOrEmpty(text.En) || !map.Contains(ja) || !map.Contains(en) || map[ja].Line == map[en].Line)
            {
                continue;
            }

            var jaChange = history.Newest(blame, ValueLines(lines, map[ja].Line));
            var enChange = history.Newest(blame, ValueLines(lines, map[en].Line));
            if (history.IsNewer(jaChange, enChange) && history.DayOf(jaChange, blame) is var day && !(text.EnReviewed >= day))
            {
                var reviewed = text.EnReviewed is null ? null : map[$"{path}.{ReviewedKey}"];
                yield return new TranslationDrift(map[en], map[ja], day, reviewed, text.EnReviewed, InPage: false);
            }
        }
    }

    private static IEnumerable<TranslationDrift> InPage(ContentSet content, MarkdownPage ja, MarkdownPage en, Blame jaBlame, Blame enBlame, LineHistory history)
    {
        var jaParts = PageSections.Of(ja);
        var enParts = PageSections.Of(en);

        // Parts pair up by their place; when the two pages have a different number of parts, the pages are compared whole.
        IEnumerable<((int First, int Last) Ja, (int First, int Last) En)> pairs = jaParts.Count == enParts.Count
            ? jaParts.Zip(enParts, (j, e) => ((j.FirstLine, j.LastLine), (e.FirstLine, e.LastLine)))
            : [((ja.BodyLine, jaBlame.Lines.Count), (en.BodyLine, enBlame.Lines.Count))];
        var reviewedOn = en.FrontMatter.EnReviewed;
        foreach (var (jaLines, enLines) in pairs)
        {
            var jaChange = history.Newest(jaBlame, Range(jaLines, jaBlame));
            var enChange = history.Newest(enBlame, Range(enLines, enBlame));
            if (history.IsNewer(jaChange, enChange) && history.DayOf(jaChange, jaBlame) is var day && !(reviewedOn >= day))
            {
                var reviewed = reviewedOn is null ? null : content.SourceMaps[en.File][ReviewedKey];
                yield return new TranslationDrift(new SourceLocation(en.File, enLines.First, 1), new SourceLocation(ja.File, jaLines.First, 1), day, reviewed, reviewedOn, InPage: true);
            }
        }
    }

    /// <summary>
    /// A part's lines that the file has: the last part of a body ending in a newline reaches one line past the end, which
    /// blame would call uncommitted on both sides, hiding a change there.
    /// </summary>
    private static IEnumerable<int> Range((int First, int Last) lines, Blame blame) =>
        Enumerable.Range(lines.First, Math.Max(1, lines.Last - lines.First + 1)).Where(line => line <= Math.Max(lines.First, blame.Lines.Count));

    /// <summary>A value's lines: its key's line and the lines below it indented deeper (a block of text), blank lines included.</summary>
    private static IEnumerable<int> ValueLines(string[] lines, int keyLine)
    {
        yield return keyLine;
        if (keyLine < 1 || keyLine > lines.Length)
        {
            yield break;
        }

        var indent = Indent(lines[keyLine - 1]);
        for (var line = keyLine + 1; line <= lines.Length && (lines[line - 1].Trim().Length == 0 || Indent(lines[line - 1]) > indent); line++)
        {
            yield return line;
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '-').Length;

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];

    /// <summary>Orders the commits lines were last changed in, newest first, and tells the day of each.</summary>
    private sealed class LineHistory(IReadOnlyDictionary<string, int> order, DateOnly today)
    {
        /// <summary>The newest of the commits that last changed these lines.</summary>
        public string Newest(Blame blame, IEnumerable<int> lines) => lines.Select(blame.At).MinBy(Rank) ?? GitRepository.Uncommitted;

        public bool IsNewer(string commit, string than) => Rank(commit) < Rank(than);

        public DateOnly DayOf(string commit, Blame blame) =>
            commit != GitRepository.Uncommitted && blame.Times.TryGetValue(commit, out var time) ? JapanTime.DateOf(time) : today;

        /// <summary>0 for the last commit, counting back; uncommitted lines come before it.</summary>
        private int Rank(string commit) => commit == GitRepository.Uncommitted ? -1 : order.TryGetValue(commit, out var rank) ? rank : int.MaxValue;
    }
}
