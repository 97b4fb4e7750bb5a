using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Theme;

/// <summary>
/// Every key of content/strings/ the theme's pages ask for, so the checks can require each one in
/// both languages before anything renders (a test renders the sample site and proves the list complete).
/// </summary>
public static class UiKeys
{
    public static IReadOnlyList<string> All { get; } =
    [
        "layout.skip_link", "layout.switch_language", "layout.nav_label", "layout.menu", "layout.representative",
        "page.toc", "page.untranslated", "page.untranslated_note", "page.translation_outdated", "address.in_japanese",
        "not_found.title", "not_found.body", "not_found.home_link",
        "start.request_form", "start.complaint_form",
        "footer.last_revised", "date.format",
        "accessibility.results_title", "accessibility.level_conforms", "accessibility.level_partial", "accessibility.level_considered",
        "accessibility.automated_only", "accessibility.not_current", "accessibility.tested_on", "accessibility.tools", "accessibility.caption",
        "accessibility.page_column", "accessibility.axe_column", "accessibility.html_column", "accessibility.result_column",
        "accessibility.passed", "accessibility.failed",
        "notice.section_nav",
        "notice.handler.name", "notice.handler.address",
        .. Enum.GetValues<PurposeScope>().Select(s => "notice.purposes.scope." + YamlNaming.ToKey(s.ToString())),
        "notice.purposes.type_column", "notice.purposes.purposes_column",
        "notice.safety.country_column", "notice.safety.handling_column", "notice.safety.measures_column",
        "notice.consignees.task_column", "notice.consignees.consignees_column",
        "notice.joint_use.items", "notice.joint_use.users", "notice.joint_use.purpose", "notice.joint_use.responsible",
        "notice.retention.record_column", "notice.retention.period_column",
        "notice.my_number.partner_column", "notice.my_number.receives_column", "notice.my_number.provides_column",
        "notice.requests.kind_column", "notice.requests.description_column", "notice.requests.fee_column", "notice.requests.response_column",
        "notice.requests.delivery", "notice.requests.fee_free", "notice.requests.fee_yen", "notice.requests.response_days",
        "notice.requests.desk", "notice.requests.form_link",
        .. Enum.GetValues<ApplicationChannel>().Select(c => "notice.requests.channel." + YamlNaming.ToKey(c.ToString())),
        "notice.requests.requester_column", "notice.requests.documents_column",
        "notice.requests.requester.person", "notice.requests.requester.legal_representative", "notice.requests.requester.appointed_agent",
        "notice.requests.steps", "notice.requests.fee", "notice.requests.response",
        "notice.contact.name", "notice.contact.address", "notice.contact.phone", "notice.contact.fax", "notice.contact.email",
        "notice.contact.hours", "notice.contact.responsible", "notice.contact.form_link",
        "notice.accredited.heading", "notice.accredited.name", "notice.accredited.complaints_to",
        "notice.revisions.enacted", "notice.revisions.date_column", "notice.revisions.summary_column",
        "history.title", "history.description", "history.intro", "history.version_title", "history.not_rebuilt",
        "history.changes", "history.first_version", "history.no_changes", "history.removed", "history.added",
        "history.full_text", "history.all_versions",
        .. DeskKeys.All,
    ];
}
