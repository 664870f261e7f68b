package org.normdesk.ui.register;

import org.normdesk.domain.document.LifecycleStatus;

import java.time.LocalDate;

/** One line of a document's status history as shown in the detail pane. */
public record HistoryRow(LocalDate effectiveOn, String from, LifecycleStatus to, String toLabel, String by,
                         String reason, String causedBy) {
}
