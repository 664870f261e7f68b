package org.normdesk.store;

import org.jooq.Record4;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FormalCheck;
import org.normdesk.domain.filing.MaterialItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_EVENT;
import static org.normdesk.store.jooq.Tables.FILING_MATERIAL;
import static org.normdesk.store.jooq.Tables.FILING_SUBMISSION;
import static org.normdesk.store.jooq.Tables.FORMAL_CHECK;

/**
 * Filings that already have a past (events, packages, formal checks), stored in a few multi-row statements per
 * chunk: the bulk counterpart of {@link FilingStore#insertWithHistory}, for loading a whole register at once (the
 * demo import, the benchmark's 100k register). One statement per row made a province register take many minutes.
 */
public final class FilingBulkStore {
    /** Rows per statement: the widest row here has 12 values, far below PostgreSQL's 65,535 bind values. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final Database db;

    public FilingBulkStore(Database db) {
        this.db = db;
    }

    /** A filing with its past; {@code filing} carries the state after the last event. */
    public record FilingLoad(Filing filing, List<FilingStore.PastEvent> events, List<SubmissionLoad> submissions) {
        public FilingLoad {
            if (events.isEmpty() || events.get(events.size() - 1).to() != filing.state()) {
                throw new IllegalArgumentException("the events must end in the filing's state " + filing.state());
            }
        }
    }

    /** One package and the formal checks made on it (their filing and submission ids are filled in here). */
    public record SubmissionLoad(int seq, LocalDate receivedDate, FilingChannel channel, List<MaterialItem> materials,
                                 List<FormalCheck> checks) {
    }

    /** Stores the filings in order; call inside a transaction. */
    public void insertAll(List<FilingLoad> filings) {
        for (int start = 0; start < filings.size(); start += ROWS_PER_STATEMENT) {
            insertChunk(filings.subList(start, Math.min(filings.size(), start + ROWS_PER_STATEMENT)));
        }
    }

    private void insertChunk(List<FilingLoad> chunk) {
        var filingInsert = db.dsl().insertInto(FILING, FILING.DOCUMENT_ID, FILING.FILING_UNIT_ID, FILING.RECEIVED_DATE,
                FILING.CHANNEL, FILING.STATE, FILING.REGISTRATION_NO, FILING.REGISTERED_DATE, FILING.CREATED_AT,
                FILING.UPDATED_AT, FILING.VERSION, FILING.FIRST_PACKAGE_MATERIALS);
        for (FilingLoad load : chunk) {
            Filing f = load.filing();
            List<FilingStore.PastEvent> events = load.events();
            // as if each move after the first had been saved on its own
            filingInsert = filingInsert.values(f.documentId(), f.filingUnitId(), f.receivedDate(), f.channel().name(),
                    f.state().name(), f.registrationNo(), f.registeredDate(), DocumentStore.utc(events.get(0).at()),
                    DocumentStore.utc(events.get(events.size() - 1).at()), events.size() - 1,
                    load.submissions().stream().filter(sub -> sub.seq() == 1)
                            .mapToInt(sub -> FilingStore.presentBits(sub.materials())).findFirst().orElse(0));
        }
        List<Record4<Long, Long, Long, LocalDate>> filingIds = filingInsert.returningResult(FILING.ID,
                FILING.DOCUMENT_ID, FILING.FILING_UNIT_ID, FILING.RECEIVED_DATE).fetch();
        List<Long> ids = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Filing f = chunk.get(i).filing();
            Record4<Long, Long, Long, LocalDate> row = filingIds.get(i);
            // generated keys come back in insertion order on both databases; checked, not assumed
            if (row.value2() != f.documentId() || row.value3() != f.filingUnitId()
                    || !row.value4().equals(f.receivedDate())) {
                throw new IllegalStateException("generated filing ids came back out of order");
            }
            ids.add(row.value1());
        }

        var eventInsert = db.dsl().insertInto(FILING_EVENT, FILING_EVENT.FILING_ID, FILING_EVENT.FROM_STATE,
                FILING_EVENT.TO_STATE, FILING_EVENT.OCCURRED_AT, FILING_EVENT.ACTOR, FILING_EVENT.NOTE);
        var submissionInsert = db.dsl().insertInto(FILING_SUBMISSION, FILING_SUBMISSION.FILING_ID,
                FILING_SUBMISSION.SEQ, FILING_SUBMISSION.RECEIVED_DATE, FILING_SUBMISSION.CHANNEL);
        List<SubmissionLoad> submissions = new ArrayList<>();
        List<Long> submissionFiling = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            for (FilingStore.PastEvent event : chunk.get(i).events()) {
                eventInsert = eventInsert.values(ids.get(i), event.from() == null ? null : event.from().name(),
                        event.to().name(), DocumentStore.utc(event.at()), event.actor(), event.note());
            }
            for (SubmissionLoad sub : chunk.get(i).submissions()) {
                submissionInsert = submissionInsert.values(ids.get(i), sub.seq(), sub.receivedDate(),
                        sub.channel().name());
                submissions.add(sub);
                submissionFiling.add(ids.get(i));
            }
        }
        eventInsert.execute();
        if (submissions.isEmpty()) {
            return;
        }
        var submissionIds = submissionInsert.returningResult(FILING_SUBMISSION.ID, FILING_SUBMISSION.FILING_ID,
                FILING_SUBMISSION.SEQ).fetch();

        var materialInsert = db.dsl().insertInto(FILING_MATERIAL, FILING_MATERIAL.SUBMISSION_ID, FILING_MATERIAL.KIND,
                FILING_MATERIAL.PRESENT, FILING_MATERIAL.ATTACHMENT_ID);
        var checkInsert = db.dsl().insertInto(FORMAL_CHECK, FORMAL_CHECK.FILING_ID, FORMAL_CHECK.SUBMISSION_ID,
                FORMAL_CHECK.IS_NORMATIVE, FORMAL_CHECK.RIGHT_AUTHORITY, FORMAL_CHECK.MATERIALS_COMPLETE,
                FORMAL_CHECK.WITHIN_TIME, FORMAL_CHECK.DECISION, FORMAL_CHECK.REASONS, FORMAL_CHECK.RESUBMIT_DUE,
                FORMAL_CHECK.CHECKED_BY, FORMAL_CHECK.CHECKED_AT);
        int materials = 0;
        int checks = 0;
        for (int i = 0; i < submissions.size(); i++) {
            var row = submissionIds.get(i);
            SubmissionLoad sub = submissions.get(i);
            if (!row.value2().equals(submissionFiling.get(i)) || row.value3() != sub.seq()) {
                throw new IllegalStateException("generated submission ids came back out of order");
            }
            for (MaterialItem item : sub.materials()) {
                materialInsert = materialInsert.values(row.value1(), item.kind().name(), item.present(),
                        item.attachmentId());
                materials++;
            }
            for (FormalCheck c : sub.checks()) {
                checkInsert = checkInsert.values(row.value2(), row.value1(), c.isNormative(), c.rightAuthority(),
                        c.materialsComplete(), c.withinTime(), c.decision().name(), c.reasons(), c.resubmitDue(),
                        c.checkedBy(), DocumentStore.utc(c.checkedAt()));
                checks++;
            }
        }
        // a chunk of 500 filings has at most a few thousand materials: one statement, well under the bind limit
        if (materials > 0) {
            materialInsert.execute();
        }
        if (checks > 0) {
            checkInsert.execute();
        }
    }
}
