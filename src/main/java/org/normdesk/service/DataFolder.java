package org.normdesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The user's data folder: the embedded database, attachments, backups, exports and logs.
 * Chosen by {@code --data-dir}, else the {@code NORMDESK_DATA_DIR} environment variable, else the OS convention.
 */
public record DataFolder(Path root) {
    public static final String ENV_VARIABLE = "NORMDESK_DATA_DIR";

    public static DataFolder resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return new DataFolder(explicit.toAbsolutePath());
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv).toAbsolutePath());
        }
        String localAppData = env.get("LOCALAPPDATA");
        if (osName.toLowerCase().startsWith("windows") && localAppData != null) {
            return new DataFolder(Path.of(localAppData, "NormDesk"));
        }
        return new DataFolder(Path.of(userHome, ".normdesk"));
    }

    public static DataFolder resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** Creates the folder if it is missing; a clear error if it cannot be. */
    public DataFolder ensureExists() {
        try {
            Files.createDirectories(root);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root, e);
        }
    }

    public Path attachments() {
        return root.resolve("attachments");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The desktop app's current log file; earlier days and parts lie beside it. */
    public Path logFile() {
        return logs().resolve("normdesk.log");
    }

    /**
     * Where this workstation keeps the search index of a register: {@code index/local} for the embedded one, and
     * one folder per shared register ({@code index/<hash of its URL>}), so that switching registers never mixes them.
     */
    public Path searchIndex(String databaseUrl, boolean embedded) {
        if (embedded) {
            return root.resolve("index").resolve("local");
        }
        // credentials may ride in the URL's query: never part of a folder name, nor of the hash
        int query = databaseUrl.indexOf('?');
        String url = query < 0 ? databaseUrl : databaseUrl.substring(0, query);
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(url.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return root.resolve("index").resolve(java.util.HexFormat.of().formatHex(hash, 0, 6));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True for a folder this PC has not used yet: no embedded register and no preferences (the first run). */
    public boolean isNew() {
        return !Files.exists(root.resolve("normdesk.mv.db")) && !Files.exists(preferences());
    }

    public Path preferences() {
        return root.resolve("preferences.properties");
    }
}
