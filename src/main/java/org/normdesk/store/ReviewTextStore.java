package org.normdesk.store;

import org.jooq.Record;
import org.normdesk.domain.review.rules.HintDismissal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.normdesk.store.jooq.Tables.DOCUMENT_TEXT;
import static org.normdesk.store.jooq.Tables.HINT_DISMISSAL;

/** The imported text of each document and the reviewers' hint dismissals. */
public final class ReviewTextStore {
    private final Database db;

    public ReviewTextStore(Database db) {
        this.db = db;
    }

    /** The stored text row: the content is the whole extracted text, empty when the file had no text layer. */
    public record TextRow(long documentId, String sourceName, String sha256, String extraction, String content,
                          String importedBy, Instant importedAt) {
    }

    public Optional<TextRow> text(long documentId) {
        return db.dsl().selectFrom(DOCUMENT_TEXT).where(DOCUMENT_TEXT.DOCUMENT_ID.eq(documentId)).fetchOptional()
                .map(r -> new TextRow(r.getDocumentId(), r.getSourceName(), r.getSha256(), r.getExtraction(),
                        r.getContent(), r.getImportedBy(), r.getImportedAt().toInstant()));
    }

    /** Replaces the document's text (one current text per document). */
    public void saveText(TextRow row) {
        db.dsl().deleteFrom(DOCUMENT_TEXT).where(DOCUMENT_TEXT.DOCUMENT_ID.eq(row.documentId())).execute();
        db.dsl().insertInto(DOCUMENT_TEXT)
                .set(DOCUMENT_TEXT.DOCUMENT_ID, row.documentId())
                .set(DOCUMENT_TEXT.SOURCE_NAME, row.sourceName())
                .set(DOCUMENT_TEXT.SHA256, row.sha256())
                .set(DOCUMENT_TEXT.EXTRACTION, row.extraction())
                .set(DOCUMENT_TEXT.CONTENT, row.content())
                .set(DOCUMENT_TEXT.IMPORTED_BY, row.importedBy())
                .set(DOCUMENT_TEXT.IMPORTED_AT, DocumentStore.utc(row.importedAt()))
                .execute();
    }

    public HintDismissal insertDismissal(HintDismissal d) {
        Long id = db.dsl().insertInto(HINT_DISMISSAL)
                .set(HINT_DISMISSAL.DOCUMENT_ID, d.documentId())
                .set(HINT_DISMISSAL.RULE_ID, d.ruleId())
                .set(HINT_DISMISSAL.PACK_VERSION, d.packVersion())
                .set(HINT_DISMISSAL.ARTICLE_NUMBER, d.articleNumber())
                .set(HINT_DISMISSAL.ARTICLE_LABEL, d.articleLabel())
                .set(HINT_DISMISSAL.PHRASE, d.phrase())
                .set(HINT_DISMISSAL.REASON, d.reason())
                .set(HINT_DISMISSAL.DISMISSED_BY, d.dismissedBy())
                .set(HINT_DISMISSAL.DISMISSED_AT, DocumentStore.utc(d.dismissedAt()))
                .returningResult(HINT_DISMISSAL.ID)
                .fetchOne(HINT_DISMISSAL.ID);
        return new HintDismissal(id, d.documentId(), d.ruleId(), d.packVersion(), d.articleNumber(), d.articleLabel(),
                d.phrase(), d.reason(), d.dismissedBy(), d.dismissedAt());
    }

    /** Oldest first; every dismissal ever made is kept. */
    public List<HintDismissal> dismissals(long documentId) {
        return db.dsl().selectFrom(HINT_DISMISSAL).where(HINT_DISMISSAL.DOCUMENT_ID.eq(documentId))
                .orderBy(HINT_DISMISSAL.ID).fetch(ReviewTextStore::toDismissal);
    }

    private static HintDismissal toDismissal(Record record) {
        var r = record.into(HINT_DISMISSAL);
        return new HintDismissal(r.getId(), r.getDocumentId(), r.getRuleId(), r.getPackVersion(), r.getArticleNumber(),
                r.getArticleLabel(), r.getPhrase(), r.getReason(), r.getDismissedBy(), r.getDismissedAt().toInstant());
    }
}
