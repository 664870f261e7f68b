package org.normdesk.service.exchange;

import org.normdesk.domain.common.DomainException;

/**
 * A reason or remark about one row, naming its cell when it is about one.
 *
 * @param field   the cell's field, or null when the note is about the whole row
 * @param message the sentence (message key and values), in the reader's language when shown
 */
public record RowNote(LedgerField field, DomainException message) {
}
