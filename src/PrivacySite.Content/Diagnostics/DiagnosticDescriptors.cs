namespace PrivacySite.Content.Diagnostics;

/// <summary>
/// Every finding the tools can report, with a stable code and both languages side by side.
/// PS00xx files, PS01xx YAML structure, PS02xx translation, PS03xx Markdown and links,
/// PS04xx formats, PS05xx APPI Article 32, PS06xx dates, revisions and the holiday calendar, PS07xx other notice rules,
/// PS08xx the online forms' words (content/forms/), PS09xx the e-mails' words (content/emails/).
/// The words that fill the templates' blanks are in <see cref="Phrases"/>.
/// </summary>
public static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ContentFolderMissing = new(
        "PS0001", Severity.Error,
        "content folder '{0}' does not exist",
        "コンテンツフォルダー '{0}' がありません");

    public static readonly DiagnosticDescriptor RequiredFileMissing = new(
        "PS0002", Severity.Error,
        "required file '{0}' is missing",
        "必須のファイル '{0}' がありません");

    public static readonly DiagnosticDescriptor UnknownNoticeFile = new(
        "PS0011", Severity.Error,
        "'{0}' is not a section of the notice, so nothing would publish it: rename it to one of {1}; to publish it as a section of your own, list it in notice/notice.yaml under extra_sections (name: {2}, after: the section it follows); or move it out of notice/",
        "'{0}' は通知の節ではないため、公開されません。{1} のどれかの名前にしてください。組合独自の節として公開するときは、notice/notice.yaml の extra_sections に書きます（name: {2}、after: 直前に来る節）。そうでなければ notice/ の外へ移してください");

    public static readonly DiagnosticDescriptor ExtraSectionFileMissing = new(
        "PS0014", Severity.Error,
        "the section '{0}' added here has no text: write notice/{0}.yaml (parts in YAML), or notice/{0}.ja.md and notice/{0}.en.md (Markdown)",
        "ここで加えた節 '{0}' の本文がありません。notice/{0}.yaml（YAML で書く）か、notice/{0}.ja.md と notice/{0}.en.md（Markdown で書く）を置いてください");

    public static readonly DiagnosticDescriptor ExtraSectionWrittenTwice = new(
        "PS0015", Severity.Error,
        "the section '{0}' is written both as notice/{0}.yaml and in Markdown (notice/{0}.ja.md, .en.md), so it is not clear which to publish: keep one",
        "節 '{0}' が notice/{0}.yaml と Markdown（notice/{0}.ja.md、.en.md）の両方で書かれていて、どちらを公開するか決まりません。一方だけを残してください");

    public static readonly DiagnosticDescriptor ExtraSectionLanguageMissing = new(
        "PS0016", Severity.Error,
        "the section '{0}' is written in Markdown in {1} only: add '{2}' with the {3} text",
        "節 '{0}' の Markdown が{1}だけです。{3}の本文を '{2}' に書いてください");

    public static readonly DiagnosticDescriptor ExtraSectionName = new(
        "PS0017", Severity.Error,
        "'{0}' cannot name a section you add: {1}",
        "'{0}' は加える節の名前にできません。{1}");

    public static readonly DiagnosticDescriptor ExtraSectionPlace = new(
        "PS0018", Severity.Error,
        "after: '{0}' names no section of this notice, so the section '{1}' has no place on the full notice: write one of {2}",
        "after: '{0}' はこの通知の節ではないため、節 '{1}' を全文ページのどこに置くか決まりません。{2} のどれかを書いてください");

    public static readonly DiagnosticDescriptor ExtraSectionEmpty = new(
        "PS0019", Severity.Error,
        "'{0}' has nothing to publish: {1}",
        "'{0}' には公開する内容がありません。{1}");

    public static readonly DiagnosticDescriptor ExtraTableRowWidth = new(
        "PS0020", Severity.Error,
        "this row has {0} cell(s) but the table has {1} column(s): give every row one cell per column",
        "この行のセルは {0} 個ですが、表の列は {1} 列です。どの行にも列と同じ数のセルを書いてください");

    public static readonly DiagnosticDescriptor SchemaOutOfDate = new(
        "PS0012", Severity.Warning,
        "'{0}' is missing or was written by another version of PrivacySite, so editors' tools would check the files against the wrong model: run `privacysite schemas`",
        "'{0}' がないか、別の版の PrivacySite が書いたもので、エディターが古い形でファイルを確認してしまいます。`privacysite schemas` を実行してください");

    public static readonly DiagnosticDescriptor BlankToFill = new(
        "PS0013", Severity.Error,
        "a blank left by `privacysite new` is still to be filled, so nothing here can be published yet: replace '{0}' with the Society's own words (what to write: {1})",
        "`privacysite new` が残した空欄がまだ埋まっていないため、公開できません。'{0}' を組合自身の言葉に書き換えてください（書く内容: {1}）");

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "PS0003", Severity.Error,
        "the file cannot be read: {0}",
        "ファイルを読み込めません: {0}");

    public static readonly DiagnosticDescriptor EmptyFile = new(
        "PS0004", Severity.Error,
        "the file is empty",
        "ファイルが空です");

    public static readonly DiagnosticDescriptor PageFileName = new(
        "PS0005", Severity.Error,
        "page file '{0}' must be named <page>.ja.md or <page>.en.md",
        "ページのファイル '{0}' の名前は <ページ名>.ja.md または <ページ名>.en.md にしてください");

    public static readonly DiagnosticDescriptor SchemaModeline = new(
        "PS0006", Severity.Warning,
        "the first line should be '{0}', so editors' tools can check this file as you type",
        "1 行目は '{0}' にしてください。エディターが入力中にこのファイルを確認できるようになります");

    public static readonly DiagnosticDescriptor ControlCharacter = new(
        "PS0007", Severity.Error,
        "the invisible control character U+{0} is not allowed in content: delete it (it often comes with text pasted from another program)",
        "目に見えない制御文字 U+{0} はコンテンツに使えません。削除してください（ほかのソフトから貼り付けた文章に紛れ込むことがあります）");

    public static readonly DiagnosticDescriptor BidiControl = new(
        "PS0008", Severity.Error,
        "the invisible character U+{0} changes the direction text is shown in, so the page would not read as written: delete it",
        "目に見えない文字 U+{0} は文字の表示の向きを変え、書いたとおりに読めなくなるため使えません。削除してください");

    public static readonly DiagnosticDescriptor LinkLeavesContent = new(
        "PS0009", Severity.Error,
        "'{0}' is a symbolic link to a place outside the content folder, so it is not read: put the file itself in the content folder",
        "'{0}' はコンテンツフォルダーの外を指すシンボリックリンクのため、読み込みません。ファイルそのものをコンテンツフォルダーに置いてください");

    public static readonly DiagnosticDescriptor LinkLoop = new(
        "PS0010", Severity.Error,
        "'{0}' is a symbolic link to a folder that holds it, which would lead round and round, so it is not followed: delete the link",
        "'{0}' は自分を含むフォルダーを指すシンボリックリンクで、たどると同じ場所を回り続けるため、たどりません。リンクを削除してください");

    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "PS0101", Severity.Error,
        "YAML syntax error: {0}",
        "YAML の書き方に誤りがあります。{0}");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "PS0102", Severity.Error,
        "unknown key '{0}'{1}",
        "'{0}' という項目名は使えません{1}");

    public static readonly DiagnosticDescriptor MissingField = new(
        "PS0103", Severity.Error,
        "required field '{0}' is missing",
        "必須の項目 '{0}' がありません");

    public static readonly DiagnosticDescriptor WrongType = new(
        "PS0104", Severity.Error,
        "'{0}' must be {1}",
        "'{0}' は{1}で書いてください");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "PS0105", Severity.Error,
        "key '{0}' appears more than once",
        "項目 '{0}' が重複しています");

    public static readonly DiagnosticDescriptor EmptyValue = new(
        "PS0106", Severity.Error,
        "'{0}' must not be empty",
        "'{0}' が空です");

    public static readonly DiagnosticDescriptor TabIndent = new(
        "PS0107", Severity.Error,
        "indent with spaces, not tab characters",
        "字下げにはタブではなく半角スペースを使ってください");

    public static readonly DiagnosticDescriptor MultipleDocuments = new(
        "PS0108", Severity.Error,
        "a file holds one YAML document: remove this '---' line",
        "1 つのファイルに書ける YAML 文書は 1 つです。この '---' の行を削除してください");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "PS0109", Severity.Error,
        "id '{0}' is already used on line {1}: each id must be unique in the file",
        "id '{0}' は {1} 行目ですでに使われています。id はファイルの中で重複しないようにしてください");

    public static readonly DiagnosticDescriptor SiteLanguages = new(
        "PS0110", Severity.Error,
        "'languages' must list 'ja' and then 'en', the two languages the site is published in",
        "'languages' には 'ja'、'en' の順に 2 つの言語を書いてください");

    public static readonly DiagnosticDescriptor YamlTooDeep = new(
        "PS0111", Severity.Error,
        "lists and groups are nested more than {0} levels deep here, deeper than any content needs: check the brackets and the indentation",
        "リストやまとまりが {0} 段より深く入れ子になっています。コンテンツにこれほどの深さは不要です。括弧と字下げを確認してください");

    public static readonly DiagnosticDescriptor YamlTag = new(
        "PS0112", Severity.Error,
        "the YAML tag '{0}' is not allowed: write plain text, lists and groups only",
        "YAML のタグ '{0}' は使えません。文字列、リスト、まとまりだけで書いてください");

    public static readonly DiagnosticDescriptor YamlAlias = new(
        "PS0113", Severity.Error,
        "YAML anchors and aliases ('&name', '*name') are not allowed: write the value out in full",
        "YAML のアンカーとエイリアス（'&名前'、'*名前'）は使えません。値をそのまま書いてください");

    public static readonly DiagnosticDescriptor MissingTranslation = new(
        "PS0201", Severity.Error,
        "'{0}' has no English text: add 'en:' or mark it 'untranslated: true'",
        "'{0}' に英語がありません。'en:' を追加するか 'untranslated: true' を付けてください");

    public static readonly DiagnosticDescriptor Untranslated = new(
        "PS0202", Severity.Warning,
        "'{0}' is marked untranslated: the English page shows the Japanese text",
        "'{0}' は未翻訳です。英語のページには日本語が表示されます");

    public static readonly DiagnosticDescriptor PageMissingLanguage = new(
        "PS0203", Severity.Error,
        "page '{0}' has no {1} version: add '{2}'",
        "ページ '{0}' の{1}版がありません。'{2}' を追加してください");

    public static readonly DiagnosticDescriptor UiStringMissing = new(
        "PS0204", Severity.Error,
        "UI string '{0}' is missing in this language",
        "画面の文言 '{0}' がこの言語にありません");

    public static readonly DiagnosticDescriptor TranslatedButMarked = new(
        "PS0205", Severity.Warning,
        "'{0}' has English text and is also marked untranslated: remove 'untranslated: true'",
        "'{0}' には英語があるのに未翻訳の印が付いています。'untranslated: true' を削除してください");

    public static readonly DiagnosticDescriptor UntranslatedOriginal = new(
        "PS0206", Severity.Error,
        "only an English page can be marked 'untranslated: true': the Japanese page is the original",
        "'untranslated: true' を付けられるのは英語のページだけです。日本語のページが原文です");

    public static readonly DiagnosticDescriptor UntranslatedPageHasText = new(
        "PS0207", Severity.Error,
        "the page is marked 'untranslated: true' but has English text below the front matter: remove the flag to publish the English, or remove the text",
        "'untranslated: true' が付いているのに本文に英語があります。英語を公開するなら印を削除し、そうでなければ本文を削除してください");

    public static readonly DiagnosticDescriptor UntranslatedPage = new(
        "PS0208", Severity.Warning,
        "page '{0}' is marked untranslated: the English page shows the Japanese text",
        "ページ '{0}' は未翻訳です。英語のページには日本語が表示されます");

    public static readonly DiagnosticDescriptor NavOrderDiffers = new(
        "PS0209", Severity.Error,
        "'nav_order' is {0} here but {1} in '{2}': give both languages the same number",
        "'nav_order' がここでは {0}、'{2}' では {1} です。両方の言語で同じ番号にしてください");

    public static readonly DiagnosticDescriptor UiStringShapeDiffers = new(
        "PS0210", Severity.Error,
        "'{0}' is a group of strings here but a text in '{1}' (line {2}): write it as one text, in the same shape as there",
        "'{0}' はここでは文言のまとまりですが、'{1}'（{2} 行目）では 1 つの文言です。同じ形で 1 つの文言として書いてください");

    public static readonly DiagnosticDescriptor TranslationDrift = new(
        "PS0211", Severity.Warning,
        "the Japanese ({0}) changed on {1}, after this English was last changed, so the English page says it may be out of date: update the English, or once you have checked that it still says the same, add 'en_reviewed: YYYY-MM-DD' (the day you checked, {1} or later) {2}",
        "日本語（{0}）が {1} に変更されましたが、この英語はその後変更されていないため、英語のページに「古くなっているかもしれない」と表示されます。英語を直すか、同じ内容のままでよいことを確かめたら {2}'en_reviewed: YYYY-MM-DD'（確かめた日。{1} 以降）を書いてください");

    public static readonly DiagnosticDescriptor ReviewedBeforeChange = new(
        "PS0212", Severity.Warning,
        "'en_reviewed' is {0}, before the Japanese text changed on {1}: check the English against the new Japanese and write the date you did",
        "'en_reviewed' が {0} で、日本語が変更された {1} より前です。新しい日本語と英語を見比べ、確かめた日付を書いてください");

    public static readonly DiagnosticDescriptor RawHtml = new(
        "PS0301", Severity.Error,
        "raw HTML '{0}' is not allowed in Markdown: write it as Markdown",
        "Markdown の中に HTML '{0}' は書けません。Markdown で書いてください");

    public static readonly DiagnosticDescriptor BrokenLink = new(
        "PS0302", Severity.Error,
        "link '{0}' leads nowhere: there is no page '{1}'{2}",
        "リンク '{0}' の行き先がありません。ページ '{1}' はありません{2}");

    public static readonly DiagnosticDescriptor FrontMatterMissing = new(
        "PS0303", Severity.Error,
        "the page must start with front matter between '---' lines holding at least 'title:'",
        "ページの先頭に '---' で囲んだ前付け（少なくとも 'title:'）が必要です");

    public static readonly DiagnosticDescriptor BrokenAnchor = new(
        "PS0304", Severity.Error,
        "link '{0}' leads nowhere: page '{1}' has no heading with the anchor '#{2}'{3}",
        "リンク '{0}' の行き先がありません。ページ '{1}' に '#{2}' という見出しはありません{3}");

    public static readonly DiagnosticDescriptor LanguageFileLink = new(
        "PS0305", Severity.Error,
        "link '{0}' names one language's file: write '{1}', and each language links to its own page",
        "リンク '{0}' は片方の言語のファイルを指しています。'{1}' と書けば、それぞれの言語のページにつながります");

    public static readonly DiagnosticDescriptor UnsafeLink = new(
        "PS0306", Severity.Error,
        "link '{0}' is not allowed: use https://, mailto:, tel: or a page such as 'policy.md'",
        "リンク '{0}' は使えません。https://、mailto:、tel: か、'policy.md' のようなページを指定してください");

    public static readonly DiagnosticDescriptor ExternalImage = new(
        "PS0307", Severity.Error,
        "image '{0}' would be loaded from another site, which would tell that site who reads the page",
        "画像 '{0}' は外部のサイトから読み込まれ、閲覧者の情報がそのサイトに伝わるため使えません");

    public static readonly DiagnosticDescriptor UnknownLinkForm = new(
        "PS0308", Severity.Error,
        "link '{0}' leads nowhere: link another page by its file name without the language, such as 'policy.md' or 'policy.md#heading'",
        "リンク '{0}' の行き先がありません。ほかのページへは 'policy.md' や 'policy.md#見出し' のように、言語を付けないファイル名でリンクしてください");

    public static readonly DiagnosticDescriptor PageTakesNoticeAddress = new(
        "PS0309", Severity.Error,
        "page '{0}' would be published at the same address as the page made from '{1}': give the Markdown files another name",
        "ページ '{0}' は、'{1}' から作るページと同じアドレスになります。Markdown のファイル名を変えてください");

    public static readonly DiagnosticDescriptor LinkInPlainText = new(
        "PS0310", Severity.Error,
        "'{0}' looks like a Markdown link, but this text is shown exactly as written: write the words alone (links work in Markdown pages only)",
        "'{0}' は Markdown のリンクのようですが、この文言は書いたとおりに表示されます。語句だけを書いてください（リンクは Markdown のページでのみ使えます）");

    public static readonly DiagnosticDescriptor UndefinedReference = new(
        "PS0311", Severity.Error,
        "'{0}' is shown as written, brackets and all: no line '[{1}]: address' defines the label: add one, or write the link as [text](address)",
        "'{0}' は括弧ごと書いたとおりに表示されます。ラベルを定義する '[{1}]: アドレス' の行がありません。その行を追加するか、[文字](アドレス) の形で書いてください");

    public static readonly DiagnosticDescriptor PageNameUnusable = new(
        "PS0312", Severity.Error,
        "page file '{0}' has a name that cannot be a web address: use letters, digits, '-' and '_' only, without spaces",
        "ページのファイル '{0}' の名前はウェブのアドレスにできません。文字、数字、'-'、'_' だけを使い、スペースを入れないでください");

    public static readonly DiagnosticDescriptor PageNamesDifferInCase = new(
        "PS0313", Severity.Error,
        "page files '{0}' and '{1}' differ only in letter case: many systems take them for one file and one address, so one page would replace the other: rename one",
        "ページのファイル '{0}' と '{1}' は大文字と小文字だけが違います。多くの環境で同じファイル、同じアドレスとみなされ、一方がもう一方を置き換えてしまいます。どちらかの名前を変えてください");

    public static readonly DiagnosticDescriptor PageTakesReservedAddress = new(
        "PS0314", Severity.Error,
        "page '{0}' would be published at '{1}', which the site keeps for {2}: give the Markdown file another name",
        "ページ '{0}' は '{1}' に公開されますが、このアドレスは{2}のためのものです。Markdown のファイル名を変えてください");

    public static readonly DiagnosticDescriptor InvalidPostalCode = new(
        "PS0401", Severity.Error,
        "'{0}' is not a postal code: write 7 digits as 123-4567",
        "'{0}' は郵便番号として正しくありません。123-4567 のように 7 桁で書いてください");

    public static readonly DiagnosticDescriptor InvalidPhone = new(
        "PS0402", Severity.Error,
        "'{0}' is not a Japanese phone number: write 10 or 11 digits starting with 0, such as 03-0000-0000",
        "'{0}' は電話番号として正しくありません。03-0000-0000 のように 0 で始まる 10 桁か 11 桁で書いてください");

    public static readonly DiagnosticDescriptor InvalidEmail = new(
        "PS0403", Severity.Error,
        "'{0}' is not an e-mail address: write it as name@example.org",
        "'{0}' はメールアドレスとして正しくありません。name@example.org の形で書いてください");

    public static readonly DiagnosticDescriptor InvalidUrl = new(
        "PS0404", Severity.Error,
        "'{0}' is not a plain web address: write it in full, starting with https://, without spaces, quotes, angle brackets or a user name{1}",
        "'{0}' はウェブのアドレスとして正しくありません。https:// から始めて省略せずに、スペース、引用符、山括弧、ユーザー名を入れずに書いてください{1}");

    public static readonly DiagnosticDescriptor LegalItemMissing = new(
        "PS0501", Severity.Error,
        "the law ({0}) requires the notice to publish {1}: '{2}' is missing or empty in {3}",
        "{4}により{5}の公表が必要ですが、{3} の '{2}' がないか空です");

    public static readonly DiagnosticDescriptor LegalFileMissing = new(
        "PS0502", Severity.Error,
        "the law ({0}) requires the notice to publish {1}: the file '{2}' is missing",
        "{3}により{4}の公表が必要ですが、ファイル '{2}' がありません");

    public static readonly DiagnosticDescriptor RecommendedItemMissing = new(
        "PS0504", Severity.Warning,
        "recommended, not required: the {0} recommend that the notice publish {1}; add '{2}' in {3} if it applies to the Society",
        "法令の義務ではなく推奨です。{4}は{5}の公表を勧めています。当てはまるときは {3} に '{2}' を書いてください");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "PS0601", Severity.Error,
        "'{0}' is not a valid date: write it as YYYY-MM-DD",
        "'{0}' は日付として正しくありません。YYYY-MM-DD の形で書いてください");

    public static readonly DiagnosticDescriptor FutureDate = new(
        "PS0602", Severity.Error,
        "{0} is in the future (today is {1} in Japan): record a date once it has happened",
        "{0} は未来の日付です（日本時間の今日は {1}）。日付は実際にその日を迎えてから書いてください");

    public static readonly DiagnosticDescriptor RevisionOutOfOrder = new(
        "PS0603", Severity.Error,
        "{0} is not after the date before it ({1}): list the enactment first, then each revision, oldest first",
        "{0} が前の日付（{1}）より後になっていません。制定日を先頭に、改定日を古い順に並べてください");

    public static readonly DiagnosticDescriptor HolidayListedTwice = new(
        "PS0605", Severity.Warning,
        "{0} is already listed (line {1}): remove one",
        "{0} はすでに書かれています（{1} 行目）。どちらかを削除してください");

    public static readonly DiagnosticDescriptor HolidayCalendarEnding = new(
        "PS0606", Severity.Warning,
        "the holiday calendar ends on {0}: add the days off of {1}, or due dates after {0} count public holidays as business days",
        "休日の一覧は {0} で終わっています。{1} 年の休みの日を書き足してください。書き足さないと、{0} より後の回答期限が祝日も営業日として計算されます");

    public static readonly DiagnosticDescriptor PostcodeDataOld = new(
        "PS0611", Severity.Warning,
        "the postcode data the forms look up ({0}, published {1}) is over {2} months old: run scripts/update-postcodes.sh --latest, or set postcode_lookup: false",
        "フォームの郵便番号の住所データ（{0}、{1} 公開）は {2} か月より古くなっています。scripts/update-postcodes.sh --latest で新しくするか、postcode_lookup: false にしてください");

    public static readonly DiagnosticDescriptor RevisionNeeded = new(
        "PS0607", Severity.Error,
        "{0} changed against {1}, a change the notice must publish with its date (APPI Art. 21(3)), but notice/revisions.yaml has no new revision dated {2} or later: add one under 'revisions:' ('- date: YYYY-MM-DD' and a one-line 'summary:' in ja and en)",
        "{1} と比べて{0}が変わりました。日付を付けて公表すべき変更です（個人情報保護法第21条第3項）が、notice/revisions.yaml に {2} 以降の新しい改定がありません。'revisions:' の下に改定（'- date: YYYY-MM-DD' と日本語・英語の一行の 'summary:'）を追加してください");

    public static readonly DiagnosticDescriptor RevisionSuggested = new(
        "PS0608", Severity.Warning,
        "{0} changed against {1}; if this is more than a change of wording, add a revision to notice/revisions.yaml dated {2} or later",
        "{1} と比べて{0}が変わりました。言い回しの変更にとどまらないときは、notice/revisions.yaml に {2} 以降の改定を追加してください");

    public static readonly DiagnosticDescriptor BaseUnavailable = new(
        "PS0609", Severity.Error,
        "the content cannot be compared with '{0}': {1}",
        "'{0}' との比較ができません: {1}");

    public static readonly DiagnosticDescriptor EmptyListUnexplained = new(
        "PS0701", Severity.Error,
        "'{0}' is empty: add '{1}' to say so on the page",
        "'{0}' が空です。そのことをページで示すため '{1}' を書いてください");

    public static readonly DiagnosticDescriptor EmptyListStatementUnused = new(
        "PS0702", Severity.Warning,
        "'{1}' is shown only while '{0}' is empty: remove it",
        "'{1}' は '{0}' が空のときだけ表示されます。削除してください");

    public static readonly DiagnosticDescriptor NumberOutOfRange = new(
        "PS0703", Severity.Error,
        "'{0}' must be a whole number from {1} to {2}",
        "'{0}' は {1} から {2} までの整数で書いてください");

    public static readonly DiagnosticDescriptor FeeNotAllowed = new(
        "PS0503", Severity.Error,
        "the APPI (Art. 38(1)) allows a fee only for notice of the purposes of use and for disclosure: '{0}' may not charge one; remove '{1}' (or write yen: 0 for free of charge)",
        "個人情報保護法第38条第1項により、手数料を求められるのは利用目的の通知と開示だけです。'{0}' には手数料を求められません。'{1}' を削除してください（無料と書くなら yen: 0）");

    public static readonly DiagnosticDescriptor FeeWithoutAmount = new(
        "PS0704", Severity.Error,
        "'{0}' says neither an amount nor what is charged: write 'yen: 300' (0 for free of charge) or a 'note' such as the actual cost",
        "'{0}' に金額も内容もありません。'yen: 300'（無料なら 0）か、実費などの 'note' を書いてください");

    public static readonly DiagnosticDescriptor RevisionHistoryEmpty = new(
        "PS0610", Severity.Error,
        "the revision history gives no date: write 'enacted' (the date the notice was first published), the 'revisions', or both",
        "改定履歴に日付がありません。'enacted'（制定日）か 'revisions'（改定）、またはその両方を書いてください");

    public static readonly DiagnosticDescriptor ChannelDetailMissing = new(
        "PS0706", Severity.Error,
        "the '{0}' channel at '{1}' needs '{2}': write it, or remove the channel if the desk does not offer it",
        "'{1}' の方法 '{0}' には '{2}' が必要です。書くか、窓口にその方法がないなら方法ごと削除してください");

    public static readonly DiagnosticDescriptor ChannelDetailForeign = new(
        "PS0707", Severity.Error,
        "'{0}' is not a detail of the '{1}' channel, so it would not be shown: the '{1}' channel takes {2}; give the other channel an entry of its own",
        "'{0}' は方法 '{1}' の連絡先ではないため、表示されません。'{1}' に書けるのは {2} です。別の方法は、その方法の項目に書いてください");

    public static readonly DiagnosticDescriptor ChannelTwice = new(
        "PS0708", Severity.Error,
        "the desk lists the '{0}' channel twice: keep one entry per channel",
        "窓口に方法 '{0}' が2回あります。方法ごとに1項目にしてください");

    public static readonly DiagnosticDescriptor PurposeGroupUnheaded = new(
        "PS0710", Severity.Error,
        "the group of purposes at '{0}' has no heading: give it a 'scope' (its standard heading) or a 'title' of its own",
        "'{0}' の利用目的のまとまりに見出しがありません。'scope'（標準の見出し）か、独自の 'title' を書いてください");

    public static readonly DiagnosticDescriptor MethodChannelNotOffered = new(
        "PS0709", Severity.Error,
        "'{0}' is a way to apply, but the desk (contact in {1}) has no '{0}' channel: add it there with its details, or remove this way to apply",
        "請求の方法に '{0}' がありますが、窓口（{1} の contact）にその方法がありません。窓口に連絡先とともに加えるか、この方法を削除してください");

    public static readonly DiagnosticDescriptor ResponseTimeTwice = new(
        "PS0705", Severity.Error,
        "'{0}' gives both a number of days and words for when the Society answers: keep one of 'response_days' and 'response_time'",
        "'{0}' に回答までの日数と言葉の両方があります。'response_days' と 'response_time' のどちらか一方にしてください");

    public static readonly DiagnosticDescriptor FormFieldTextMissing = new(
        "PS0801", Severity.Error,
        "form field '{0}' has no entry: add '- name: {0}' with a label",
        "フォームの項目 '{0}' の説明がありません。'- name: {0}' とラベルを追加してください");

    public static readonly DiagnosticDescriptor FormOptionTextMissing = new(
        "PS0802", Severity.Error,
        "choice '{1}' of form field '{0}' has no label",
        "フォームの項目 '{0}' の選択肢 '{1}' にラベルがありません");

    public static readonly DiagnosticDescriptor FormMessageMissing = new(
        "PS0803", Severity.Error,
        "error message '{0}' is missing: add '- code: {0}' with its text",
        "エラーメッセージ '{0}' がありません。'- code: {0}' と文言を追加してください");

    public static readonly DiagnosticDescriptor FormNameUnknown = new(
        "PS0804", Severity.Error,
        "'{0}' is not a {1} of the online forms (known: {2}){3}",
        "'{0}' はフォームの{1}にありません（使えるもの: {2}）{3}");

    public static readonly DiagnosticDescriptor FormTitleMissing = new(
        "PS0805", Severity.Error,
        "the {0} form has no title: add '- kind: {0}' with a title",
        "{0} フォームの題名がありません。'- kind: {0}' と題名を追加してください");

    public static readonly DiagnosticDescriptor FormPartTextMissing = new(
        "PS0806", Severity.Error,
        "part '{1}' of form field '{0}' has no label: add '- name: {1}' under its 'parts'",
        "フォームの項目 '{0}' の欄 '{1}' にラベルがありません。'parts' に '- name: {1}' を追加してください");

    public static readonly DiagnosticDescriptor FormWhyMissing = new(
        "PS0807", Severity.Error,
        "form field '{0}' asks for personal information but does not say why: add 'why' with the reason",
        "フォームの項目 '{0}' は個人情報をお尋ねしますが、その理由がありません。'why' に理由を書いてください");

    public static readonly DiagnosticDescriptor FormPrivacyPageMissing = new(
        "PS0808", Severity.Error,
        "'privacy.page' names the page '{0}', which does not exist: add content/pages/{0}.ja.md and {0}.en.md, or fix the name",
        "'privacy.page' のページ '{0}' がありません。content/pages/{0}.ja.md と {0}.en.md を追加するか、名前を直してください");

    public static readonly DiagnosticDescriptor FormFieldNeeded = new(
        "PS0809", Severity.Error,
        "the forms cannot leave out '{0}': it identifies the member, answers them, or carries the request the Act provides for; only {1} may be left out (asked: false)",
        "フォームから '{0}' は省けません。ご本人の確認、回答、法が定める請求の受付に必要な項目です。省ける（asked: false）のは {1} だけです");

    public static readonly DiagnosticDescriptor EmailTextMissing = new(
        "PS0901", Severity.Error,
        "e-mail '{0}' has no words: add '- name: {0}' with its subject and body",
        "メール '{0}' の件名と本文がありません。'- name: {0}' と件名・本文を追加してください");

    public static readonly DiagnosticDescriptor EmailNameUnknown = new(
        "PS0902", Severity.Error,
        "'{0}' is not an e-mail the service sends (known: {1})",
        "'{0}' はサービスが送るメールにありません（使えるもの: {1}）");

    public static readonly DiagnosticDescriptor EmailPlaceholderUnknown = new(
        "PS0903", Severity.Error,
        "placeholder '{0}' is not one e-mail '{1}' fills in (it may use: {2})",
        "差し込み項目 '{0}' はメール '{1}' では使えません（使えるもの: {2}）");
}
