package org.normdesk.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migrations this build ships ({@code db/migration/V<version>__<name>.sql}, found without Flyway) and whether a
 * register's schema history already holds every one of them. Flyway 12 loads its own machinery and Jackson 3 (about
 * a thousand classes, 7–8 MB of the app's memory) on every {@code migrate}, even when there is nothing to do; a
 * register that is already current, which is every start but the first after an update, opens without it.
 */
final class SchemaHistory {
    static final String LOCATION = "db/migration";
    /** Flyway's own table, in the register's schema. */
    private static final String HISTORY_TABLE = "flyway_schema_history";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*?)__.+\\.sql");
    /** Versions compare as Flyway's do: dot-separated numbers, a missing part is 0. */
    static final Comparator<String> VERSION_ORDER = SchemaHistory::compareVersions;

    private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");

    private static volatile Set<String> shipped;

    private SchemaHistory() {
    }

    /** The versions of this build's migrations, as Flyway records them ({@code V1_2__x.sql} is {@code 1.2}). */
    static Set<String> shippedVersions() {
        Set<String> versions = shipped;
        if (versions == null) {
            versions = scan(SchemaHistory.class.getClassLoader());
            shipped = versions;
        }
        return versions;
    }

    /** This build's newest migration, empty if its migrations could not be listed (an unknown class path). */
    static Optional<String> latestShipped() {
        return shippedVersions().stream().max(VERSION_ORDER);
    }

    /**
     * The register's schema version if its history holds, as successful, exactly the migrations this build ships;
     * empty when Flyway has anything to do or to say: a new or older register, a failed or unknown migration, a
     * newer NormDesk's schema, no history table at all.
     */
    static Optional<String> currentVersion(DSLContext dsl) {
        Set<String> expected = shippedVersions();
        Optional<String> latest = latestShipped();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        // Flyway's own table, so no generated jOOQ class: its quoted lower-case names are the same on H2 and
        // PostgreSQL, and it lives in the connection's current schema (the register's schema on PostgreSQL), which
        // is where Flyway looks for it too
        Field<String> version = DSL.field(DSL.quotedName("version"), SQLDataType.VARCHAR);
        Field<String> type = DSL.field(DSL.quotedName("type"), SQLDataType.VARCHAR);
        Field<Boolean> success = DSL.field(DSL.quotedName("success"), SQLDataType.BOOLEAN);
        List<Record3<String, String, Boolean>> rows;
        try {
            String schema = dsl.select(DSL.currentSchema()).fetchOne(0, String.class);
            // asked first, because a failed select leaves its error in H2's trace file (normdesk.trace.db) in the
            // data folder of every new register
            if (schema == null || !dsl.connectionResult(c -> {
                try (java.sql.ResultSet tables = c.getMetaData().getTables(null, schema, HISTORY_TABLE, null)) {
                    return tables.next();
                }
            })) {
                return Optional.empty();
            }
            Table<?> history = DSL.table(DSL.name(DSL.quotedName(schema), DSL.quotedName(HISTORY_TABLE)));
            rows = dsl.select(version, type, success).from(history).fetch();
        } catch (DataAccessException e) {
            return Optional.empty();
        }
        Set<String> applied = new HashSet<>();
        for (Record3<String, String, Boolean> row : rows) {
            if (!Boolean.TRUE.equals(row.value3())) {
                return Optional.empty();
            }
            if (row.value1() == null) {
                // the markers Flyway writes on creating its table (H2) or the schema, which carry no version
                if (!MARKERS.contains(row.value2())) {
                    return Optional.empty();
                }
            } else if (!applied.add(row.value1())) {
                return Optional.empty();
            }
        }
        return applied.equals(expected) ? latest : Optional.empty();
    }

    static Set<String> scan(ClassLoader loader) {
        Set<String> versions = new HashSet<>();
        try {
            Enumeration<URL> locations = loader.getResources(LOCATION);
            while (locations.hasMoreElements()) {
                URL location = locations.nextElement();
                switch (location.getProtocol()) {
                    case "file" -> scanFolder(Path.of(location.toURI()), versions);
                    case "jar" -> scanJar((JarURLConnection) location.openConnection(), versions);
                    // any other class path (none is used today): Flyway decides, as before
                    default -> {
                        return Set.of();
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            return Set.of();
        }
        return Set.copyOf(versions);
    }

    private static void scanFolder(Path folder, Set<String> versions) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                addIfVersioned(file.getFileName().toString(), versions);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void scanJar(JarURLConnection connection, Set<String> versions) throws IOException, URISyntaxException {
        String prefix = connection.getEntryName() + "/";
        // a JarFile of its own: the one behind the connection may be shared by the URL cache
        try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                    addIfVersioned(name.substring(prefix.length()), versions);
                }
            }
        }
    }

    private static void addIfVersioned(String fileName, Set<String> versions) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            versions.add(m.group(1).replace('_', '.'));
        }
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = i < x.length ? new java.math.BigInteger(x[i]) : java.math.BigInteger.ZERO;
            java.math.BigInteger q = i < y.length ? new java.math.BigInteger(y[i]) : java.math.BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
