package org.normdesk.store;

import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.store.jooq.tables.records.IssuerRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.normdesk.store.jooq.Tables.ISSUER;

/** The bodies that issue and file documents. */
public final class IssuerStore {
    private final Database db;

    public IssuerStore(Database db) {
        this.db = db;
    }

    public Issuer insert(Issuer issuer) {
        long id = db.dsl().insertInto(ISSUER)
                .set(ISSUER.NAME, issuer.name())
                .set(ISSUER.CODE, issuer.code())
                .set(ISSUER.ORG_LEVEL, issuer.level().name())
                .set(ISSUER.ORG_KIND, issuer.kind().name())
                .set(ISSUER.PARENT_ID, issuer.parentId())
                .returningResult(ISSUER.ID)
                .fetchOne(ISSUER.ID);
        return issuer.withId(id);
    }

    /** Stores many new issuers with one statement per few hundred; returns them with their ids, in order. */
    public List<Issuer> insertAll(List<Issuer> fresh) {
        List<Issuer> stored = new java.util.ArrayList<>(fresh.size());
        for (int start = 0; start < fresh.size(); start += 500) {
            List<Issuer> chunk = fresh.subList(start, Math.min(fresh.size(), start + 500));
            var insert = db.dsl().insertInto(ISSUER, ISSUER.NAME, ISSUER.CODE, ISSUER.ORG_LEVEL, ISSUER.ORG_KIND,
                    ISSUER.PARENT_ID);
            for (Issuer i : chunk) {
                insert = insert.values(i.name(), i.code(), i.level().name(), i.kind().name(), i.parentId());
            }
            var ids = insert.returningResult(ISSUER.ID, ISSUER.NAME).fetch();
            for (int k = 0; k < chunk.size(); k++) {
                // the databases return generated keys in insertion order; checked, not assumed
                if (!ids.get(k).value2().equals(chunk.get(k).name())) {
                    throw new IllegalStateException("generated ids came back out of order at " + chunk.get(k).name());
                }
                stored.add(chunk.get(k).withId(ids.get(k).value1()));
            }
        }
        return stored;
    }

    public List<Issuer> findAll() {
        return db.dsl().selectFrom(ISSUER).orderBy(ISSUER.NAME).fetch(IssuerStore::toDomain);
    }

    public Optional<Issuer> find(long id) {
        return db.dsl().selectFrom(ISSUER).where(ISSUER.ID.eq(id)).fetchOptional().map(IssuerStore::toDomain);
    }

    public Optional<Issuer> findByName(String name) {
        return db.dsl().selectFrom(ISSUER).where(ISSUER.NAME.eq(name.strip())).fetchOptional().map(IssuerStore::toDomain);
    }

    /** The issuers with these ids, keyed by id; missing ids are simply absent. */
    public Map<Long, Issuer> findAll(Collection<Long> ids) {
        return db.dsl().selectFrom(ISSUER).where(ISSUER.ID.in(ids)).fetch(IssuerStore::toDomain).stream()
                .collect(Collectors.toMap(Issuer::id, Function.identity()));
    }

    public int count() {
        return db.dsl().fetchCount(ISSUER);
    }

    static Issuer toDomain(IssuerRecord r) {
        return new Issuer(r.getId(), r.getName(), r.getCode(), OrgLevel.valueOf(r.getOrgLevel()),
                OrgKind.valueOf(r.getOrgKind()), r.getParentId());
    }
}
