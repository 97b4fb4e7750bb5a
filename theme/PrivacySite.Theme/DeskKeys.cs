namespace PrivacySite.Theme;

/// <summary>Every key of content/strings/ the privacy office desk's pages ask for (all under <c>desk.</c>), part of <see cref="UiKeys.All"/>.</summary>
public static class DeskKeys
{
    public static IReadOnlyList<string> All { get; } =
    [
        "desk.title", "desk.signed_in_as", "desk.nav_label", "desk.sign_out", "desk.nav.inbox", "desk.nav.audit", "desk.nav.purge", "desk.nav.reports",
        "desk.column.reference", "desk.column.kind", "desk.column.received", "desk.column.due", "desk.column.status", "desk.column.days_left",
        "desk.column.assignee", "desk.paused", "desk.overdue", "desk.filter", "desk.filters.status", "desk.filters.kind",
        "desk.filters.due", "desk.filters.assignee", "desk.filters.all", "desk.filters.open", "desk.filters.overdue", "desk.filters.week",
        "desk.filters.unassigned", "desk.count.total", "desk.count.overdue", "desk.count.paused", "desk.none", "desk.paging",
        "desk.page", "desk.previous", "desk.next", "desk.export.heading", "desk.export.format", "desk.export.button", "desk.export.column.reference", "desk.export.column.kind", "desk.export.column.status",
        "desk.export.column.language", "desk.export.column.received_at_jst", "desk.export.column.due_on", "desk.export.column.closed_at_jst", "desk.export.column.history", "desk.detail.title",
        "desk.detail.answers", "desk.detail.history", "desk.fact.kind", "desk.fact.received", "desk.fact.due", "desk.fact.internal_target", "desk.fact.days_left",
        "desk.fact.status", "desk.fact.assignee", "desk.fact.language", "desk.fact.paused_days", "desk.history.at", "desk.history.what",
        "desk.history.actor", "desk.history.note", "desk.history.extended", "desk.history.assigned", "desk.history.unassigned",
        "desk.history.sent", "desk.action.heading", "desk.action.status", "desk.action.note", "desk.action.note_hint",
        "desk.action.status_button", "desk.action.extend_days", "desk.action.extend_reason", "desk.action.extend_button",
        "desk.action.assignee", "desk.action.assign_button", "desk.done.status", "desk.done.extended", "desk.done.assigned",
        "desk.refused.not_allowed", "desk.refused.final", "desk.refused.reason_required", "desk.refused.conflict", "desk.refused.not_later",
        "desk.refused.days", "desk.forbidden.title", "desk.forbidden.body", "desk.not_found.title", "desk.not_found.body",
        "desk.bad_request.title", "desk.bad_request.body", "desk.sign_in_failed.title", "desk.sign_in_failed.body", "desk.back",
        "desk.audit.title", "desk.audit.action", "desk.audit.references", "desk.audit.export", "desk.audit.actions.viewed_details",
        "desk.audit.actions.exported", "desk.audit.actions.purged", "desk.audit.actions.exported_audit_trail", "desk.purge.title",
        "desk.purge.intro", "desk.purge.confirm", "desk.purge.button", "desk.purge.done", "desk.dev.title", "desk.dev.warning",
        "desk.dev.name", "desk.dev.role", "desk.dev.button", "desk.status.received", "desk.status.identity_verified", "desk.status.awaiting_documents",
        "desk.status.in_progress", "desk.status.answered", "desk.status.refused", "desk.status.withdrawn", "desk.kind.request",
        "desk.kind.complaint", "desk.messages.heading", "desk.messages.channel", "desk.messages.what", "desk.messages.state",
        "desk.messages.attempts", "desk.messages.result", "desk.messages.none", "desk.messages.not_configured", "desk.channel.email",
        "desk.channel.webhook", "desk.message_state.pending", "desk.message_state.sent", "desk.message_state.gave_up",
        "desk.message_state.dropped", "desk.message.new_inquiry", "desk.message.received_request", "desk.message.received_complaint",
        "desk.message.identity_verified", "desk.message.awaiting_documents", "desk.message.extended", "desk.message.answered",
        "desk.message.refused", "desk.send_outcome.sent", "desk.send_outcome.failed", "desk.send_outcome.refused", "desk.confirm.title",
        "desk.confirm.intro", "desk.confirm.subject", "desk.confirm.button", "desk.confirm.back",
        "desk.reports.title", "desk.reports.intro", "desk.reports.definitions", "desk.reports.overdue_now",
        "desk.reports.overdue_link", "desk.reports.chart_title", "desk.reports.chart_desc", "desk.reports.table_caption", "desk.reports.month",
        "desk.reports.column.month", "desk.reports.column.requests", "desk.reports.column.complaints", "desk.reports.column.answered",
        "desk.reports.column.on_time", "desk.reports.column.median_days", "desk.reports.column.overdue",
    ];
}
