using System.Text;
using static PrivacySite.Tests.Checking.BrokenVariant;

namespace PrivacySite.Tests.Checking;

/// <summary>
/// The test corpus: broken variants of the sample content, one mistake each. To cover a new
/// mistake, add a row: the file, the exact text to replace (it must occur once), the
/// replacement, and the finding expected as "file:line:column: severity CODE".
/// </summary>
public static class BrokenContentCorpus
{
    public static IReadOnlyList<BrokenVariant> All { get; } =
    [
        // site.yaml: YAML structure
        Edit("site: misspelt key", "site.yaml", "  representative:", "  representatve:", "site.yaml:11:3: error PS0102"),
        Edit("site: misspelt top-level key", "site.yaml", "base_url:", "base_ur:", "site.yaml:15:1: error PS0102"),
        Edit("site: key the model does not have", "site.yaml", "  postal_code: \"100-0000\"\n", "  postal_code: \"100-0000\"\n  fax_number: \"03-0000-0000\"\n", "site.yaml:8:3: error PS0102"),
        Edit("site: tab indentation", "site.yaml", "    ja: 理事長 見本 一郎", "\tja: 理事長 見本 一郎", "site.yaml:12:1: error PS0107"),
        Edit("site: unclosed quote", "site.yaml", "\"100-0000\"", "\"100-0000", "site.yaml:7:16: error PS0101"),
        Edit("site: key out of line", "site.yaml", "  address:", " address:", "site.yaml:8:2: error PS0101"),
        Edit("site: text where a ja/en group belongs", "site.yaml", "  name:\n    ja: サンプル健康保険組合\n    en: Sample Health Insurance Society\n", "  name: サンプル健康保険組合\n", "site.yaml:4:9: error PS0104"),
        Edit("site: group where text belongs", "site.yaml", "  postal_code: \"100-0000\"", "  postal_code:\n    code: \"100-0000\"", "site.yaml:8:5: error PS0104"),
        Edit("site: text where a list belongs", "site.yaml", "languages:\n  - ja\n  - en", "languages: ja, en", "site.yaml:17:12: error PS0104"),
        Edit("site: yes instead of true", "site.yaml", "    en: Sample Health Insurance Society", "    untranslated: yes", "site.yaml:6:19: error PS0104"),
        Edit("site: key written twice", "site.yaml", "# Japanese first: it is the default and authoritative language.", "base_url: https://other.example.org/", "site.yaml:16:1: error PS0105"),
        Edit("site: required group missing", "site.yaml", "  representative:\n    ja: 理事長 見本 一郎\n    en: Ichiro Mihon, Chair of the Board\n", "", "site.yaml:3:1: error PS0501"),
        Edit("site: required text empty", "site.yaml", "  postal_code: \"100-0000\"", "  postal_code: \"\"", "site.yaml:7:16: error PS0106"),
        Edit("site: second YAML document", "site.yaml", "  - en\n", "  - en\n---\nextra: 1\n", "site.yaml:20:1: error PS0108"),
        Write("site: empty file", "site.yaml", "# yaml-language-server: $schema=schemas/site.schema.json\n", "site.yaml:1:1: error PS0004"),
        Delete("site: file deleted", "site.yaml", "site.yaml: error PS0002"),
        Write("notice: a file that is no section", "notice/archive.yaml", "retention:\n  ja: 5年\n  en: 5 years\n", "notice/archive.yaml: error PS0011"),
        Write("schemas: written by another version", "schemas/site.schema.json", "{}\n", "schemas/site.schema.json: warning PS0012"),
        Delete("schemas: deleted", "schemas/page.schema.json", "schemas/page.schema.json: warning PS0012"),
        Edit("site: a blank from privacysite new left", "site.yaml", "    ja: 理事長 見本 一郎", "    ja: \"TODO: 代表者の役職と氏名です。\"", "site.yaml:12:10: error PS0013"),
        Edit("site: languages in the wrong order", "site.yaml", "  - ja\n  - en", "  - en\n  - ja", "site.yaml:18:3: error PS0110"),
        Edit("site: empty list item", "site.yaml", "  - en\n", "  - en\n  -\n", "site.yaml:20:4: error PS0106"),

        // site.yaml: translation
        Edit("site: English missing", "site.yaml", "    en: Sample Health Insurance Society\n", "", "site.yaml:4:3: error PS0201"),
        Edit("site: English empty", "site.yaml", "    en: Ichiro Mihon, Chair of the Board", "    en: \"\"", "site.yaml:12:5: error PS0201"),
        Edit("site: marked untranslated", "site.yaml", "    en: Sample Health Insurance Society", "    untranslated: true", "site.yaml:5:5: warning PS0202"),
        Edit("site: English and untranslated mark", "site.yaml", "    en: Sample Health Insurance Society", "    en: Sample Health Insurance Society\n    untranslated: true", "site.yaml:5:5: warning PS0205"),
        Edit("site: Japanese missing", "site.yaml", "    ja: 東京都千代田区見本町一丁目2番3号 サンプルビル5階\n", "", "site.yaml:8:3: error PS0103"),
        Edit("site: Japanese empty", "site.yaml", "    ja: 理事長 見本 一郎", "    ja: \"\"", "site.yaml:12:9: error PS0106"),

        // site.yaml: formats
        Edit("site: postal code too short", "site.yaml", "\"100-0000\"", "\"100-000\"", "site.yaml:7:16: error PS0401"),
        Edit("site: postal code with a letter", "site.yaml", "\"100-0000\"", "\"10O-0000\"", "site.yaml:7:16: error PS0401"),
        Edit("site: base URL without scheme", "site.yaml", "base_url: https://privacy.example.org/", "base_url: privacy.example.org", "site.yaml:15:11: error PS0404"),
        Edit("site: base URL that injects markup", "site.yaml", "base_url: https://privacy.example.org/", "base_url: https://privacy.example.org/\"><script>", "site.yaml:15:11: error PS0404"),
        Edit("site: base URL with a user name and password", "site.yaml", "base_url: https://privacy.example.org/", "base_url: https://editor:secret@privacy.example.org/", "site.yaml:15:11: error PS0404"),
        Edit("site: base URL with a fragment", "site.yaml", "base_url: https://privacy.example.org/", "base_url: https://privacy.example.org/#top", "site.yaml:15:11: error PS0404"),
        Edit("site: base URL with a query", "site.yaml", "base_url: https://privacy.example.org/", "base_url: https://privacy.example.org/?lang=ja", "site.yaml:15:11: error PS0404"),
        Edit("site: base URL with a space", "site.yaml", "base_url: https://privacy.example.org/", "base_url: https://privacy.example.org/our site/", "site.yaml:15:11: error PS0404"),
        Edit("site: base URL over plain http", "site.yaml", "base_url: https://privacy.example.org/", "base_url: http://privacy.example.org/", "site.yaml:15:11: error PS0404"),

        // strings/*.yaml
        Edit("strings: key missing in one language", "strings/en.yaml", "  toc: On this page\n", "", "strings/en.yaml:10:3: error PS0204"),
        Edit("strings: key misspelt in one language", "strings/ja.yaml", "  toc: このページの目次", "  tooc: このページの目次", "strings/ja.yaml:10:3: error PS0204", findings: 2),
        Edit("strings: empty text", "strings/en.yaml", "  toc: On this page", "  toc:", "strings/en.yaml:10:7: error PS0106"),
        Edit("strings: list instead of text", "strings/en.yaml", "  toc: On this page", "  toc:\n    - On this page", "strings/en.yaml:11:5: error PS0104"),
        Edit("strings: group where the English text belongs", "strings/en.yaml", "  toc: On this page", "  toc:\n    text: On this page", "strings/en.yaml:11:5: error PS0210"),
        Edit("strings: groups where the Japanese text belongs", "strings/ja.yaml", "  toc: このページの目次", "  toc:\n    short: 目次\n    long: このページの目次", "strings/ja.yaml:11:5: error PS0210"),
        new("strings: a word the layout needs missing in both languages", c =>
        {
            c.Replace("strings/ja.yaml", "  skip_link: 本文へ移動\n", "");
            c.Replace("strings/en.yaml", "  skip_link: Skip to main content\n", "");
        }, "strings/ja.yaml:1:1: error PS0204", Findings: 2),
        Edit("strings: unclosed quote", "strings/en.yaml", "  nav_label: Main pages of this site", "  nav_label: \"Main pages of this site", "strings/en.yaml:6:14: error PS0101"),
        Edit("strings: key written twice", "strings/en.yaml", "  representative: Representative", "  representative: Representative\n  skip_link: Skip", "strings/en.yaml:9:3: error PS0105"),
        Edit("strings: tab indentation", "strings/ja.yaml", "  skip_link: 本文へ移動", "\tskip_link: 本文へ移動", "strings/ja.yaml:4:1: error PS0107"),
        Edit("strings: schema line removed", "strings/ja.yaml", "# yaml-language-server: $schema=../schemas/strings.schema.json\n", "", "strings/ja.yaml:1:1: warning PS0006"),
        new("strings: saved as Shift_JIS", c => c.Write("strings/ja.yaml", c.Read("strings/ja.yaml"), ShiftJis()), "strings/ja.yaml:1:1: error PS0003"),

        // pages: front matter
        Edit("page: misspelt front matter key", "pages/policy.en.md", "title: Privacy policy", "titel: Privacy policy", "pages/policy.en.md:2:1: error PS0102"),
        Edit("page: no front matter", "pages/index.en.md", "---\ntitle:", "title:", "pages/index.en.md:1:1: error PS0303"),
        Edit("page: front matter not closed", "pages/policy.ja.md", "nav_order: 2\n---\n", "nav_order: 2\n", "pages/policy.ja.md:1:1: error PS0303"),
        Edit("page: nav_order not a number", "pages/index.ja.md", "nav_order: 1", "nav_order: first", "pages/index.ja.md:4:12: error PS0104"),
        Edit("page: empty title", "pages/policy.en.md", "title: Privacy policy", "title:", "pages/policy.en.md:2:7: error PS0106"),
        Edit("page: colon inside a title", "pages/policy.en.md", "title: Privacy policy", "title: Privacy: policy", "pages/policy.en.md:2:15: error PS0101"),
        Edit("page: Japanese page marked untranslated", "pages/index.ja.md", "nav_order: 1\n", "nav_order: 1\nuntranslated: true\n", "pages/index.ja.md:5:15: error PS0206"),
        Edit("page: untranslated page with English text", "pages/policy.en.md", "nav_order: 2\n", "nav_order: 2\nuntranslated: true\n", "pages/policy.en.md:7:1: error PS0207"),
        Write("page: English page marked untranslated", "pages/policy.en.md", "---\ntitle: Privacy policy\nnav_order: 2\nuntranslated: true\n---\n", "pages/policy.en.md:4:15: warning PS0208"),
        Edit("page: menu place differs between languages", "pages/policy.en.md", "nav_order: 2", "nav_order: 3", "pages/policy.en.md:4:12: error PS0209"),
        Write("page: file name without language", "pages/contact.md", "---\ntitle: Contact\n---\nText.\n", "pages/contact.md:1:1: error PS0005"),
        Delete("page: English version missing", "pages/policy.en.md", "pages/policy.ja.md:1:1: error PS0203"),

        // pages: Markdown body
        Edit("body: HTML block", "pages/policy.ja.md", "## 第三者への提供", "<div>第三者への提供</div>", "pages/policy.ja.md:16:1: error PS0301"),
        Edit("body: script", "pages/index.en.md", "## If you have a question", "<script>alert(1)</script>", "pages/index.en.md:26:1: error PS0301"),
        Edit("body: inline HTML", "pages/policy.en.md", "**only within the purposes of use**", "<b>only within the purposes of use</b>", "pages/policy.en.md:14:60: error PS0301"),
        Edit("body: HTML comment", "pages/index.ja.md", "## ご不明な点があるとき\n", "## ご不明な点があるとき\n\n<!-- 後で直す -->\n", "pages/index.ja.md:28:1: error PS0301"),
        Edit("body: link to a page that does not exist", "pages/index.ja.md", "(policy.md)", "(polcy.md)", "pages/index.ja.md:12:7: error PS0302"),
        Edit("body: link to a heading that does not exist", "pages/index.en.md", "(policy.md)", "(policy.md#compliance)", "pages/index.en.md:12:17: error PS0304"),
        Edit("body: Japanese heading anchor misspelt", "pages/index.ja.md", "(policy.md)", "(policy.md#法令の遵守)", "pages/index.ja.md:12:7: error PS0304"),
        Edit("body: in-page anchor that does not exist", "pages/index.en.md", "The Japanese version", "See [the questions](#questions). The Japanese version", "pages/index.en.md:30:5: error PS0304"),
        Edit("body: link to one language's file", "pages/index.ja.md", "(policy.md)", "(policy.ja.md)", "pages/index.ja.md:12:7: error PS0305"),
        Edit("body: javascript link", "pages/index.en.md", "(policy.md)", "(javascript:alert(1))", "pages/index.en.md:12:17: error PS0306"),
        Edit("body: image from another site", "pages/index.en.md", "The Japanese version", "![Logo](https://cdn.example.com/logo.png) The Japanese version", "pages/index.en.md:30:1: error PS0307"),
        Edit("body: link whose host hides behind a user name", "pages/index.en.md", "The Japanese version", "[Our office](https://privacy.example.org@evil.example/) The Japanese version", "pages/index.en.md:30:1: error PS0404"),
        Edit("body: link over plain http", "pages/index.en.md", "The Japanese version", "[Our office](http://privacy.example.org/) The Japanese version", "pages/index.en.md:30:1: error PS0404"),
        Edit("body: link with a quote", "pages/index.en.md", "The Japanese version", "[Our office](<https://privacy.example.org/\"onmouseover=alert(1)>) The Japanese version", "pages/index.en.md:30:1: error PS0404"),
        Edit("body: link without .md", "pages/index.en.md", "(policy.md)", "(policy)", "pages/index.en.md:12:17: error PS0308"),
        Edit("body: site path to a page that does not exist", "pages/index.en.md", "(policy.md)", "(/en/polcy/)", "pages/index.en.md:12:17: error PS0302"),
        Edit("body: e-mail link without a domain", "pages/index.en.md", "The Japanese version", "Write to [us](mailto:privacy@example). The Japanese version", "pages/index.en.md:30:10: error PS0403"),
        Edit("body: e-mail autolink without a domain", "pages/index.ja.md", "お問い合わせください。", "お問い合わせください（<privacy@example>）。", "pages/index.ja.md:28:80: error PS0403"),
        Edit("body: phone link one digit short", "pages/index.ja.md", "お問い合わせください。", "お問い合わせください（[03-0000-000](tel:03-0000-000)）。", "pages/index.ja.md:28:80: error PS0402"),
        new("body: reference link to a page that does not exist", c =>
        {
            c.Replace("pages/index.en.md", "(policy.md)", "[policy]");
            c.Write("pages/index.en.md", c.Read("pages/index.en.md") + "\n[policy]: polcy.md\n");
        }, "pages/index.en.md:32:1: error PS0302"),
        new("body: reference-style image from another site", c =>
        {
            c.Replace("pages/index.en.md", "The Japanese version", "![Logo][logo] The Japanese version");
            c.Write("pages/index.en.md", c.Read("pages/index.en.md") + "\n[logo]: https://cdn.example.com/logo.png\n");
        }, "pages/index.en.md:30:1: error PS0307"),
        new("body: shortcut reference image from another site", c =>
        {
            c.Replace("pages/index.ja.md", "## ご不明な点があるとき\n", "## ご不明な点があるとき\n\n![ロゴ]\n");
            c.Write("pages/index.ja.md", c.Read("pages/index.ja.md") + "\n[ロゴ]: //cdn.example.com/logo.png\n");
        }, "pages/index.ja.md:28:1: error PS0307"),
        Edit("body: reference link whose label is never defined", "pages/index.en.md", "(policy.md)", "[policy]", "pages/index.en.md:12:17: error PS0311"),
        Edit("body: Japanese reference link whose label is never defined", "pages/index.ja.md", "(policy.md)", "[方針]", "pages/index.ja.md:12:7: error PS0311"),
        Edit("body: collapsed reference link never defined", "pages/index.en.md", "The Japanese version", "See **[the form][]**. The Japanese version", "pages/index.en.md:30:7: error PS0311"),

        // notice/*.yaml: dates and the revision history
        // lists the law needs an entry in, and the revision history's dates
        Edit("requests: no document for the person", "notice/requests.yaml", "  person:\n    - ja: マイナンバーカードの表面、運転免許証、パスポートのいずれか1点\n      en: One of the front of your My Number card, your driving licence or your passport\n    - ja: 上記をお持ちでない場合は、資格確認書と住民票の写しの2点\n      en: Without one of those, your eligibility certificate and a copy of your resident record\n", "  person: []\n", "notice/requests.yaml:142:11: error PS0501"),
        Edit("requests: no way to apply", "notice/requests.yaml", "  methods:\n    - channel: online\n      description:\n        ja: このサイトの請求フォームから送信できます。送信後に表示される受付番号を書き添えて、本人確認書類の写しを窓口へ郵送してください。\n        en: Send the request form on this site, then post copies of your identity documents to the desk with the reference number shown after sending.\n    - channel: post\n      description:\n        ja: 所定の請求書に記入し、本人確認書類の写しを同封して窓口あてに郵送してください。請求書は窓口にお電話いただければお送りします。\n        en: Fill in our request form on paper and post it to the desk with copies of your identity documents. Call the desk and we will send you the form.\n    - channel: in_person\n      description:\n        ja: 受付時間内に窓口へお越しください。本人確認書類の原本をお持ちください。\n        en: Visit the desk during its opening hours, bringing the original identity documents.\n\n", "  methods: []\n\n", "notice/requests.yaml:118:12: error PS0501"),
        Edit("complaints: no word on how complaints are handled", "notice/complaints.yaml", "  items:\n    - ja: ご本人からのお申し出であることを確かめるため、氏名、住所、生年月日のうち2つ以上をお聞きします。\n      en: To make sure the complaint comes from you, we ask for at least two of your name, address and date of birth.\n    - ja: 個人情報保護管理者が内容を確認し、必要な措置をとったうえで、できるだけ速やかにお答えします。\n      en: The personal information protection manager looks into it, takes any action needed, and answers you as soon as possible.\n    - ja: 苦情とご相談の記録は、3年間保存します。\n      en: We keep a record of complaints and questions for three years.\n\n", "  items: []\n\n", "notice/complaints.yaml:58:10: error PS0501"),
        Write("revisions: neither an enactment nor a revision", "notice/revisions.yaml", "# yaml-language-server: $schema=../schemas/revisions.schema.json\npage:\n  title:\n    ja: 改定履歴\n    en: Revision history\n", "notice/revisions.yaml:1:1: error PS0610"),
        Edit("purposes: a group with neither scope nor title", "notice/purposes.yaml", "      - scope: other\n        purposes:", "      - purposes:", "notice/purposes.yaml:131:9: error PS0710"),
        Edit("purposes: the single note of before", "notice/purposes.yaml", "    notes:\n      - ja: 番号法", "    note:\n      - ja: 番号法", "notice/purposes.yaml:138:5: error PS0102"),
        Write("purposes: neither categories nor the table", "notice/purposes.yaml", "# yaml-language-server: $schema=../schemas/purposes.schema.json\npage:\n  title:\n    ja: 利用目的\n    en: Purposes\n", "notice/purposes.yaml:1:1: error PS0501"),
        Edit("revisions: revision older than the one before", "notice/revisions.yaml", "  - date: 2022-04-01", "  - date: 2016-04-01", "notice/revisions.yaml:21:11: error PS0603"),
        Edit("revisions: revision before the enactment", "notice/revisions.yaml", "enacted: 2005-04-01", "enacted: 2018-04-01", "notice/revisions.yaml:17:11: error PS0603"),
        Edit("revisions: revision dated in the future", "notice/revisions.yaml", "  - date: 2025-04-01", "  - date: 2025-07-01", "notice/revisions.yaml:29:11: error PS0602"),
        Edit("revisions: enactment not a real date", "notice/revisions.yaml", "enacted: 2005-04-01", "enacted: 2005-04-31", "notice/revisions.yaml:12:10: error PS0601"),

        // notice/complaints.yaml: the desk's contact details
        Edit("complaints: phone one digit short", "notice/complaints.yaml", "      phone: 03-0000-0000", "      phone: 03-0000-000", "notice/complaints.yaml:28:14: error PS0402"),
        Edit("complaints: fax with letters", "notice/complaints.yaml", "      fax: 03-0000-0001", "      fax: 03-OOOO-0001", "notice/complaints.yaml:33:12: error PS0402"),
        Edit("complaints: e-mail without @", "notice/complaints.yaml", "      email: privacy@example.org", "      email: privacy.example.org", "notice/complaints.yaml:35:14: error PS0403"),
        Edit("complaints: postal code in the wrong shape", "notice/complaints.yaml", "    - channel: post\n      postal_code: \"100-0000\"", "    - channel: post\n      postal_code: \"1000-000\"", "notice/complaints.yaml:37:20: error PS0401"),

        // notice/complaints.yaml: the desk's channels, each with its own details
        Edit("complaints: a desk without a channel", "notice/complaints.yaml", "  channels:\n    - channel: online\n    - channel: phone\n      phone: 03-0000-0000\n      hours:\n        ja: 平日9時から17時まで（土日、祝日、年末年始を除きます）\n        en: Weekdays 9:00 to 17:00 (closed at weekends, on public holidays and over the New Year)\n    - channel: fax\n      fax: 03-0000-0001\n    - channel: email\n      email: privacy@example.org\n    - channel: post\n      postal_code: \"100-0000\"\n      address:\n        ja: 東京都千代田区見本町一丁目2番3号 サンプルビル5階\n        en: 5F Sample Building, 1-2-3 Mihon-cho, Chiyoda-ku, Tokyo\n    - channel: in_person\n      postal_code: \"100-0000\"\n      address:\n        ja: 東京都千代田区見本町一丁目2番3号 サンプルビル5階\n        en: 5F Sample Building, 1-2-3 Mihon-cho, Chiyoda-ku, Tokyo\n      hours:\n        ja: 平日9時から17時まで（土日、祝日、年末年始を除きます）\n        en: Weekdays 9:00 to 17:00 (closed at weekends, on public holidays and over the New Year)\n\n", "  channels: []\n", "notice/complaints.yaml:25:13: error PS0501"),
        Edit("complaints: e-mail channel without its address", "notice/complaints.yaml", "      email: privacy@example.org\n", "", "notice/complaints.yaml:34:7: error PS0706"),
        Edit("complaints: a phone number under the e-mail channel", "notice/complaints.yaml", "      email: privacy@example.org\n", "      email: privacy@example.org\n      phone: 03-0000-0002\n", "notice/complaints.yaml:36:7: error PS0707"),
        Edit("complaints: a channel listed twice", "notice/complaints.yaml", "    - channel: fax\n      fax: 03-0000-0001\n", "    - channel: phone\n      phone: 03-0000-0001\n", "notice/complaints.yaml:32:7: error PS0708"),
        Edit("requests: a way to apply the desk does not have", "notice/complaints.yaml", "    - channel: in_person\n      postal_code: \"100-0000\"\n      address:\n        ja: 東京都千代田区見本町一丁目2番3号 サンプルビル5階\n        en: 5F Sample Building, 1-2-3 Mihon-cho, Chiyoda-ku, Tokyo\n      hours:\n        ja: 平日9時から17時まで（土日、祝日、年末年始を除きます）\n        en: Weekdays 9:00 to 17:00 (closed at weekends, on public holidays and over the New Year)\n", "", "notice/requests.yaml:127:16: error PS0709"),
        Edit("complaints: misspelt key", "notice/complaints.yaml", "  nav_order: 5", "  nav_ordr: 5", "notice/complaints.yaml:13:3: error PS0102"),

        // notice/requests.yaml: fees and kinds
        Edit("requests: fee in words", "notice/requests.yaml", "    yen: 0\n  response_days: 14", "    yen: 無料\n  response_days: 14", "notice/requests.yaml:36:10: error PS0104"),
        Edit("requests: response time of zero days", "notice/requests.yaml", "  response_days: 14\n\ndisclosure:", "  response_days: 0\n\ndisclosure:", "notice/requests.yaml:37:18: error PS0703"),
        Edit("requests: text where a list belongs", "notice/requests.yaml", "    - ja: 書面（紙）での交付\n      en: On paper\n    - ja: 電磁的記録（PDFファイル）の提供。電子メールまたはCD-Rでお渡しします。\n      en: As an electronic record (a PDF file), sent by e-mail or on a CD-R\n", "    書面（紙）または電磁的記録（PDFファイル）\n", "notice/requests.yaml:47:5: error PS0104"),
        Edit("requests: application channel misspelt", "notice/requests.yaml", "    - channel: in_person", "    - channel: in-person", "notice/requests.yaml:127:16: error PS0104"),

        // notice/purposes.yaml and the other sections
        Edit("purposes: English missing", "notice/purposes.yaml", "            en: Reviewing and paying statutory and additional benefits\n", "", "notice/purposes.yaml:29:13: error PS0201"),
        Edit("purposes: marked untranslated", "notice/purposes.yaml", "            en: Reviewing and paying statutory and additional benefits", "            untranslated: true", "notice/purposes.yaml:29:13: warning PS0202"),
        Edit("purposes: scope not one of the list", "notice/purposes.yaml", "      - scope: review_body", "      - scope: review-body", "notice/purposes.yaml:97:16: error PS0104"),
        Edit("joint-use: key written twice", "notice/joint-use.yaml", "    purpose:\n", "    users: 当組合\n    purpose:\n", "notice/joint-use.yaml:29:5: error PS0105"),
        new("joint-use: list emptied without saying so", c =>
        {
            var text = c.Read("notice/joint-use.yaml");
            c.Write("notice/joint-use.yaml", text[..text.IndexOf("entries:\n", StringComparison.Ordinal)] + "entries: []\n");
        }, "notice/joint-use.yaml:15:10: error PS0701"),
        Edit("consignees: text where a list belongs", "notice/consignees.yaml", "      en: Translating and calculating medical costs incurred abroad\n    consignees:\n      - ja: 株式会社見本メディカルサポート\n        en: Mihon Medical Support Inc.\n", "      en: Translating and calculating medical costs incurred abroad\n    consignees: 株式会社見本メディカルサポート\n", "notice/consignees.yaml:37:17: error PS0104"),
        Edit("safety-measures: tab indentation", "notice/safety-measures.yaml", "  measures:\n    - ja: 個人データを適正に", "  measures:\n\t- ja: 個人データを適正に", "notice/safety-measures.yaml:22:1: error PS0107"),
        Edit("my-number: Markdown link in a YAML text", "notice/my-number.yaml", "    - ja: 被扶養者の認定", "    - ja: '[被扶養者の認定](purposes.md)'", "notice/my-number.yaml:22:11: error PS0310"),
        Edit("notice: menu place in words", "notice/notice.yaml", "  nav_order: 6", "  nav_order: last", "notice/notice.yaml:11:14: error PS0104"),
        new("strings: date format missing in both languages", c =>
        {
            c.Replace("strings/ja.yaml", "date:\n  # 日付の書き方（yyyy は年、M は月、d は日）\n  format: \"yyyy年M月d日\"\n", "");
            c.Replace("strings/en.yaml", "date:\n  # How dates are written: yyyy is the year, MMMM the month name, d the day.\n  format: \"d MMMM yyyy\"\n", "");
        }, "strings/en.yaml:1:1: error PS0204", Findings: 2),

        // links from Markdown pages to the notice's pages
        Edit("body: link to a notice page misspelt", "pages/index.en.md", "(purposes.md)", "(purpose.md)", "pages/index.en.md:14:3: error PS0302"),
        Edit("body: link to a notice heading that does not exist", "pages/index.en.md", "(complaints.md#complaints-contact)", "(complaints.md#complaints-desk)", "pages/index.en.md:28:30: error PS0304"),
        Edit("body: link to a notice row that does not exist", "pages/index.ja.md", "(requests.md)", "(requests.md#requests-deletion)", "pages/index.ja.md:20:23: error PS0304"),
        new("page: Markdown page at a notice page's address", c =>
        {
            c.Write("pages/purposes.ja.md", "---\ntitle: 利用目的\n---\n本文\n");
            c.Write("pages/purposes.en.md", "---\ntitle: Purposes\n---\nText\n");
        }, "pages/purposes.en.md:1:1: error PS0309", Findings: 2),
        new("page: Markdown page at a form's address", c =>
        {
            c.Write("pages/requests/form.ja.md", "---\ntitle: 請求\n---\n本文\n");
            c.Write("pages/requests/form.en.md", "---\ntitle: Requests\n---\nText\n");
        }, "pages/requests/form.en.md:1:1: error PS0309", Findings: 2),

        // page names that cannot be addresses, collide, or take an address the site keeps
        new("page: names that differ only in letter case", c =>
        {
            c.Write("pages/Policy.ja.md", c.Read("pages/policy.ja.md"));
            c.Write("pages/Policy.en.md", c.Read("pages/policy.en.md"));
        }, "pages/policy.en.md:1:1: error PS0313", Findings: 2),
        new("page: folder names that differ only in letter case", c =>
        {
            c.WritePage("pages/guide/fees");
            c.WritePage("pages/Guide/Fees");
        }, "pages/guide/fees.ja.md:1:1: error PS0313", Findings: 2),
        NewPage("page: name with a space", "pages/contact us", "pages/contact us.en.md:1:1: error PS0312"),
        NewPage("page: name with a full-width space", "pages/お問い合わせ\u3000窓口", "pages/お問い合わせ\u3000窓口.ja.md:1:1: error PS0312"),
        NewPage("page: Japanese page at the English home's address", "pages/en", "pages/en.ja.md:1:1: error PS0314"),
        NewPage("page: Japanese page shadowing an English page", "pages/en/policy", "pages/en/policy.ja.md:1:1: error PS0314"),
        NewPage("page: page at the intake service's address", "pages/api/inquiries", "pages/api/inquiries.en.md:1:1: error PS0314"),
        NewPage("page: page at the assets' address", "pages/Assets", "pages/Assets.en.md:1:1: error PS0314"),

        // YAML nested deeper than content needs: refused before the loader recurses that far
        Edit("site: 100 KB of nested flow lists", "site.yaml", "languages:\n  - ja\n  - en", "languages: " + new string('[', 50_000) + new string(']', 50_000), "site.yaml:17:43: error PS0111"),
        Edit("strings: groups nested 40 levels deep", "strings/en.yaml", "  toc: On this page", "  toc:" + string.Concat(Enumerable.Range(1, 40).Select(i => "\n" + new string(' ', 2 + 2 * i) + $"level{i}:")) + " On this page", "strings/en.yaml:41:65: error PS0111"),
        Edit("page: front matter of nested flow groups", "pages/policy.en.md", "nav_order: 2", "nav_order: " + string.Concat(Enumerable.Repeat("{a: ", 5_000)) + "1" + new string('}', 5_000), "pages/policy.en.md:4:136: error PS0111"),

        // YAML tags, anchors and aliases: nothing but plain texts, lists and groups
        Edit("page: custom tag in front matter", "pages/policy.en.md", "title: Privacy policy", "title: !include /etc/passwd", "pages/policy.en.md:2:8: error PS0112"),
        Edit("site: standard tag on a text", "site.yaml", "  postal_code: \"100-0000\"", "  postal_code: !!str \"100-0000\"", "site.yaml:7:16: error PS0112"),
        Edit("strings: tag on a group", "strings/ja.yaml", "page:\n", "page: !strings\n", "strings/ja.yaml:9:7: error PS0112"),
        Edit("notice: non-specific tag on a list item", "notice/my-number.yaml", "    - ja: 被扶養者の認定", "    - ! ja: 被扶養者の認定", "notice/my-number.yaml:22:7: error PS0112"),
        Edit("site: verbatim tag on a text", "site.yaml", "  postal_code: \"100-0000\"", "  postal_code: !<tag:yaml.org,2002:str> \"100-0000\"", "site.yaml:7:16: error PS0112"),
        Edit("site: tag on a flow list", "site.yaml", "languages:\n  - ja\n  - en", "languages: !!seq [ja, en]", "site.yaml:17:12: error PS0112"),
        Edit("page: tag on a key", "pages/policy.en.md", "title: Privacy policy", "!!str title: Privacy policy", "pages/policy.en.md:2:1: error PS0112"),
        new("site: tag from a %TAG directive", c =>
        {
            c.Replace("site.yaml", "schemas/site.schema.json\n", "schemas/site.schema.json\n%TAG !e! tag:example.org,2026:\n---\n");
            c.Replace("site.yaml", "    ja: 理事長 見本 一郎", "    ja: !e!name 理事長 見本 一郎");
        }, "site.yaml:14:9: error PS0112"),
        Edit("site: anchor and alias", "site.yaml", "    en: Ichiro Mihon, Chair of the Board", "    en: &chair Ichiro Mihon, Chair of the Board\n  chair: *chair", "site.yaml:13:9: error PS0113"),

        // symbolic links: one that leaves the content folder is never read, one that goes round is never followed
        new("link: page from outside the content folder", c =>
            c.Link("pages/outside.ja.md", c.WriteOutside("outside.ja.md", "---\ntitle: 外\n---\n本文\n")), "pages/outside.ja.md: error PS0009"),
        new("link: data file replaced by one outside", c =>
            c.Link("notice/my-number.yaml", c.WriteOutside("my-number.yaml", c.Read("notice/my-number.yaml").Replace("uses:", "secret_key:", StringComparison.Ordinal))), "notice/my-number.yaml: error PS0009"),
        new("link: folder outside the content folder", c =>
        {
            var page = c.WriteOutside("more/extra.en.md", "---\ntitle: Extra\n---\nText\n");
            c.Link("pages/more", Path.GetDirectoryName(page)!);
        }, "pages/more: error PS0009"),
        new("link: folder on the way to a strings file", c =>
        {
            c.WriteOutside("strings/ja.yaml", c.Read("strings/ja.yaml"));
            c.WriteOutside("strings/en.yaml", c.Read("strings/en.yaml"));
            Directory.Delete(c.File("strings"), recursive: true);
            c.Link("strings", Path.GetDirectoryName(c.WriteOutside("strings/x", ""))!);
        }, "strings: error PS0009"),
        new("link: loop to the content folder", c => c.Link("pages/loop", ".."), "pages/loop: error PS0010"),
        new("link: loop to a parent folder", c => c.Link("pages/guide/back", "../.."), "pages/guide/back: error PS0010"),
        new("link: link to itself", c => c.Link("pages/self.ja.md", "self.ja.md"), "pages/self.ja.md: error PS0010"),

        // characters nobody can see: control characters, and the ones that reverse the reading order
        Edit("body: NUL byte in a Markdown page", "pages/index.en.md", "The Japanese version", "The\0 Japanese version", "pages/index.en.md:30:4: error PS0007"),
        Edit("body: C1 control in a Markdown page", "pages/index.ja.md", "## ご不明な点があるとき", "## ご不明な点が\u009Bあるとき", "pages/index.ja.md:26:10: error PS0007"),
        Edit("page: C1 control in front matter", "pages/index.ja.md", "title: 個人情報", "title: 個人\u0080情報", "pages/index.ja.md:2:10: error PS0007"),
        Edit("site: escape character in a YAML text", "site.yaml", "    ja: 理事長 見本 一郎", "    ja: 理事長\u001B[31m 見本 一郎", "site.yaml:12:12: error PS0007"),
        Edit("site: right-to-left override in a YAML text", "site.yaml", "    ja: 理事長 見本 一郎", "    ja: 理事長 \u202E見本 一郎", "site.yaml:12:13: error PS0008"),
        Edit("notice: isolate in a YAML text", "notice/my-number.yaml", "    - ja: 被扶養者の認定", "    - ja: 被扶養\u2066者の認定", "notice/my-number.yaml:22:14: error PS0008"),
        Edit("strings: left-to-right override in a UI string", "strings/en.yaml", "  toc: On this page", "  toc: On this \u202Dpage", "strings/en.yaml:10:16: error PS0008"),
        Edit("body: right-to-left embedding in a Markdown page", "pages/index.en.md", "The Japanese version", "The \u202BJapanese version", "pages/index.en.md:30:5: error PS0008"),

        // emails/messages.yaml: every e-mail's words, placeholders the e-mail fills in, both languages
        Edit("emails: unknown placeholder in a body", "emails/messages.yaml", "        理由: {reason}\n", "        理由: {reasn}\n", "emails/messages.yaml:126:13: error PS0903"),
        Edit("emails: placeholder of another e-mail in a subject", "emails/messages.yaml", "      en: \"We have received your complaint or question (reference {reference})\"", "      en: \"We have received it (reference {reference}, {fees})\"", "emails/messages.yaml:56:56: error PS0903"),
        Edit("emails: misspelt e-mail name", "emails/messages.yaml", "  - name: answered\n", "  - name: answerd\n", "emails/messages.yaml:137:11: error PS0902", findings: 2),
        Edit("emails: e-mail missing", "emails/messages.yaml", "  - name: answered\n", "  - name: answered-twice\n", "emails/messages.yaml:10:3: error PS0901", findings: 2),
        Edit("emails: subject without English", "emails/messages.yaml", "      en: \"We have confirmed who is asking (reference {reference})\"\n", "", "emails/messages.yaml:85:5: error PS0201"),
        Delete("emails: file deleted", "emails/messages.yaml", "emails/messages.yaml: error PS0002"),
    ];

    public static TheoryData<string> Names => [.. All.Select(v => v.Name)];

    private static Encoding ShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("shift_jis");
    }
}
