package org.normdesk.store;

import org.jooq.Condition;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.store.jooq.tables.records.DocumentRecord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_ISSUER;

/**
 * The look-ups a ledger import needs in bulk: the documents a file's rows may already be in the register as, by
 * 文号 and (for documents without one) by title, a few statements per thousand rows instead of one per row.
 */
public final class LedgerStore {
    /** Values per IN list: well below PostgreSQL's bind limit, large enough to keep statements few. */
    private static final int CHUNK = 1_000;

    private final Database db;

    public LedgerStore(Database db) {
        this.db = db;
    }

    /** Documents whose normalised 文号 is one of these (any issuer), with their issuers. */
    public List<NormativeDocument> byNumbers(Collection<String> normalizedNumbers) {
        return chunked(normalizedNumbers, chunk -> DOCUMENT.DOC_NUMBER_NORMALIZED.in(chunk));
    }

    /** Documents without a 文号 whose normalised title is one of these, with their issuers. */
    public List<NormativeDocument> numberlessByTitles(Collection<String> normalizedTitles) {
        return chunked(normalizedTitles,
                chunk -> DOCUMENT.DOC_NUMBER_NORMALIZED.isNull().and(DOCUMENT.TITLE_NORMALIZED.in(chunk)));
    }

    private List<NormativeDocument> chunked(Collection<String> values, Function<List<String>, Condition> condition) {
        List<String> all = values.stream().distinct().toList();
        List<NormativeDocument> found = new ArrayList<>();
        if (all.isEmpty()) {
            return found;
        }
        Map<Long, Issuer> issuers = new HashMap<>();
        new IssuerStore(db).findAll().forEach(i -> issuers.put(i.id(), i));
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<DocumentRecord> rows = db.dsl().selectFrom(DOCUMENT)
                    .where(condition.apply(all.subList(start, Math.min(all.size(), start + CHUNK))))
                    .fetch();
            if (rows.isEmpty()) {
                continue;
            }
            Map<Long, List<Issuer>> issuersOf = new HashMap<>();
            db.dsl().select(DOCUMENT_ISSUER.DOCUMENT_ID, DOCUMENT_ISSUER.ISSUER_ID).from(DOCUMENT_ISSUER)
                    .where(DOCUMENT_ISSUER.DOCUMENT_ID.in(rows.stream().map(DocumentRecord::getId).toList()))
                    .orderBy(DOCUMENT_ISSUER.DOCUMENT_ID, DOCUMENT_ISSUER.ORDINAL)
                    .fetch()
                    .forEach(r -> issuersOf.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(issuers.get(r.value2())));
            for (DocumentRecord row : rows) {
                found.add(DocumentStore.toDomain(row, issuersOf.getOrDefault(row.getId(), List.of())));
            }
        }
        return found;
    }
}
