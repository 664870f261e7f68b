package org.normdesk.store;

import org.jooq.SQLDialect;

/** The two databases NormDesk runs on; the only place where their differences are named. */
public enum DatabaseKind {
    H2(SQLDialect.H2, 4), POSTGRESQL(SQLDialect.POSTGRES, 8);

    private final SQLDialect dialect;
    private final int poolSize;

    DatabaseKind(SQLDialect dialect, int poolSize) {
        this.dialect = dialect;
        this.poolSize = poolSize;
    }

    SQLDialect dialect() {
        return dialect;
    }

    int poolSize() {
        return poolSize;
    }

    public static DatabaseKind fromUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("db.url.unsupported", "Only H2 and PostgreSQL URLs are supported: " + jdbcUrl, jdbcUrl);
    }
}
