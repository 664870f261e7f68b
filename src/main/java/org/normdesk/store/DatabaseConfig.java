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

    /**
     * The encrypted embedded register in {@code dataDir}: H2's AES file encryption, whose file password is derived
     * from the user's password ({@link DatabaseKey}); H2 takes "filePassword userPassword" as one password.
     */
    public static DatabaseConfig embedded(Path dataDir, DatabaseKey key) {
        if (key == null) {
            return embedded(dataDir);
        }
        Path file = dataDir.toAbsolutePath().resolve(EMBEDDED_FILE_NAME);
        return new DatabaseConfig("jdbc:h2:file:" + file + ";CIPHER=AES", "sa", key.filePassword() + " ");
    }

    /** True for an embedded register opened with H2's file encryption. */
    public boolean encrypted() {
        return jdbcUrl.startsWith("jdbc:h2:") && jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";CIPHER=");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + displayUrl() + ", user=" + user + "]";
    }

    public DatabaseKind kind() {
        return DatabaseKind.fromUrl(jdbcUrl);
    }

    /** The URL without credentials, fit for a status bar or a log line. */
    public String displayUrl() {
        int question = jdbcUrl.indexOf('?');
        String url = question < 0 ? jdbcUrl : jdbcUrl.substring(0, question);
        int cipher = url.toUpperCase(java.util.Locale.ROOT).indexOf(";CIPHER=");
        return cipher < 0 ? url : url.substring(0, cipher);
    }
}
