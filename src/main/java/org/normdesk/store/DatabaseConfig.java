package org.normdesk.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the register lives: an embedded H2 file in the data folder (default) or a shared PostgreSQL server.
 * The password is never written anywhere by this class.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
    public static final String EMBEDDED_FILE_NAME = "normdesk";

    /** {@code user} and {@code password} may be null when the URL carries them. */
    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseConfig embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(EMBEDDED_FILE_NAME);
        return new DatabaseConfig("jdbc:h2:file:" + file, "sa", "");
    }

    public DatabaseKind kind() {
        return DatabaseKind.fromUrl(jdbcUrl);
    }

    /** The URL without credentials, fit for a status bar or a log line. */
    public String displayUrl() {
        int question = jdbcUrl.indexOf('?');
        return question < 0 ? jdbcUrl : jdbcUrl.substring(0, question);
    }
}
