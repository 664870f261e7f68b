package org.normdesk.ui.register;

/** One audit entry of the selected document as the history tab shows it: who, when, what, and what changed. */
public record AuditRow(long seq, String at, String actor, String action, String changes) {
}
