package org.normdesk.service.exchange;

import org.normdesk.domain.document.NormativeDocument;

import java.util.List;

/**
 * One ledger row and what the import does with it.
 *
 * @param document the document as it will be stored (for {@link RowState#NEW} and {@link RowState#UPDATE}); issuers
 *                 still to be created have no id yet
 * @param existing the register's document this row matched, if any
 * @param notes    why it is rejected, skipped or a duplicate, or what an update changes
 */
public record PlannedRow(LedgerRow source, RowState state, NormativeDocument document, NormativeDocument existing,
                         List<RowNote> notes) {
    public PlannedRow {
        notes = List.copyOf(notes);
    }
}
