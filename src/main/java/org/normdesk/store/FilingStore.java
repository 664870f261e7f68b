package org.normdesk.store;

import org.jooq.impl.DSL;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.store.jooq.tables.records.FilingRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_EVENT;

/** Filings and their append-only event log. */
public final class FilingStore {
    private final Database db;

    public FilingStore(Database db) {
        this.db = db;
    }

    /** Stores a new filing and its first event. Call inside a transaction. */
    public Filing insert(Filing filing, String actor, String note, Instant now) {
        FilingRecord row = db.dsl().newRecord(FILING);
        row.setDocumentId(filing.documentId());
        row.setFilingUnitId(filing.filingUnitId());
        row.setReceivedDate(filing.receivedDate());
        row.setChannel(filing.channel().name());
        row.setState(filing.state().name());
        row.setRegistrationNo(filing.registrationNo());
        row.setRegisteredDate(filing.registeredDate());
        row.setResubmissionOf(filing.resubmissionOf());
        row.setCreatedAt(DocumentStore.utc(now));
        row.setUpdatedAt(DocumentStore.utc(now));
        row.setVersion(0);
        row.store();
        appendEvent(row.getId(), null, filing.state(), actor, note, now);
        return toDomain(row);
    }

    /**
     * Stores a filing that has already been through {@code events} (oldest first, the first one creating it)
     * in two statements, for loading a register at once. The caller has checked the moves; {@code filing}
     * carries the state, registration number and date after the last event.
     */
    public Filing insertWithHistory(Filing filing, List<PastEvent> events) {
        if (events.isEmpty() || events.get(events.size() - 1).to() != filing.state()) {
            throw new IllegalArgumentException("the events must end in the filing's state " + filing.state());
        }
        FilingRecord row = db.dsl().newRecord(FILING);
        row.setDocumentId(filing.documentId());
        row.setFilingUnitId(filing.filingUnitId());
        row.setReceivedDate(filing.receivedDate());
        row.setChannel(filing.channel().name());
        row.setState(filing.state().name());
        row.setRegistrationNo(filing.registrationNo());
        row.setRegisteredDate(filing.registeredDate());
        row.setResubmissionOf(filing.resubmissionOf());
        row.setCreatedAt(DocumentStore.utc(events.get(0).at()));
        row.setUpdatedAt(DocumentStore.utc(events.get(events.size() - 1).at()));
        // as if each move after the first had been saved on its own
        row.setVersion(events.size() - 1);
        row.store();
        var insert = db.dsl().insertInto(FILING_EVENT, FILING_EVENT.FILING_ID, FILING_EVENT.FROM_STATE,
                FILING_EVENT.TO_STATE, FILING_EVENT.OCCURRED_AT, FILING_EVENT.ACTOR, FILING_EVENT.NOTE);
        for (PastEvent event : events) {
            insert = insert.values(row.getId(), event.from() == null ? null : event.from().name(), event.to().name(),
                    DocumentStore.utc(event.at()), event.actor(), event.note());
        }
        insert.execute();
        return toDomain(row);
    }

    /** One event of a filing stored by {@link #insertWithHistory}; {@code from} is null for the first. */
    public record PastEvent(FilingState from, FilingState to, Instant at, String actor, String note) {
    }

    /** Moves a filing to a new state with its event; fails if it changed since it was read. */
    public Filing updateState(Filing filing, FilingState to, String registrationNo, LocalDate registeredDate,
                              String actor, String note, Instant now) {
        int updated = db.dsl().update(FILING)
                .set(FILING.STATE, to.name())
                .set(FILING.REGISTRATION_NO, registrationNo)
                .set(FILING.REGISTERED_DATE, registeredDate)
                .set(FILING.UPDATED_AT, DocumentStore.utc(now))
                .set(FILING.VERSION, FILING.VERSION.plus(1))
                .where(FILING.ID.eq(filing.id()), FILING.VERSION.eq(filing.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("filing", filing.id());
        }
        appendEvent(filing.id(), filing.state(), to, actor, note, now);
        return find(filing.id()).orElseThrow();
    }

    private void appendEvent(long filingId, FilingState from, FilingState to, String actor, String note, Instant now) {
        db.dsl().insertInto(FILING_EVENT)
                .set(FILING_EVENT.FILING_ID, filingId)
                .set(FILING_EVENT.FROM_STATE, from == null ? null : from.name())
                .set(FILING_EVENT.TO_STATE, to.name())
                .set(FILING_EVENT.OCCURRED_AT, DocumentStore.utc(now))
                .set(FILING_EVENT.ACTOR, actor)
                .set(FILING_EVENT.NOTE, note)
                .execute();
    }

    public Optional<Filing> find(long id) {
        return db.dsl().selectFrom(FILING).where(FILING.ID.eq(id)).fetchOptional().map(FilingStore::toDomain);
    }

    public List<Filing> forDocument(long documentId) {
        return db.dsl().selectFrom(FILING).where(FILING.DOCUMENT_ID.eq(documentId))
                .orderBy(FILING.RECEIVED_DATE, FILING.ID).fetch(FilingStore::toDomain);
    }

    public int count() {
        return db.dsl().fetchCount(FILING);
    }

    public Map<FilingState, Integer> countByState() {
        Map<FilingState, Integer> counts = new EnumMap<>(FilingState.class);
        db.dsl().select(FILING.STATE, DSL.count()).from(FILING).groupBy(FILING.STATE).fetch()
                .forEach(r -> counts.put(FilingState.valueOf(r.value1()), r.value2()));
        return counts;
    }

    static Filing toDomain(FilingRecord r) {
        return new Filing(r.getId(), r.getDocumentId(), r.getFilingUnitId(), r.getReceivedDate(),
                FilingChannel.valueOf(r.getChannel()), FilingState.valueOf(r.getState()), r.getRegistrationNo(),
                r.getRegisteredDate(), r.getResubmissionOf(), r.getVersion());
    }
}
