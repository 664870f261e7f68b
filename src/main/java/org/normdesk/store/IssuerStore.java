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
