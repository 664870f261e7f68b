package org.normdesk.service.settings;

import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * This PC's own preferences, kept in {@code <data folder>/preferences.properties} (not in the register, which
 * may be shared): the language, and the shared database to open at start. The database password is never
 * written: a URL that carries one is refused, and there is no key for it.
 *
 * <p>Writes are atomic (a temporary file moved over the old one), so a crash never leaves half a file. Keys
 * this version does not know are kept as they are.
 */
public final class WorkstationPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationPreferences.class);

    static final String LANGUAGE = "ui.language";
    static final String SHARED_URL = "db.shared.url";
    static final String SHARED_USER = "db.shared.user";
    static final String SHARED_ATTACHMENTS = "db.shared.attachments";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql://";
    private static final String HEADER = " NormDesk: this PC's own preferences (the database password is never stored here)";

    private final Path file;
    private Values inMemory = Values.DEFAULTS;

    private WorkstationPreferences(Path file) {
        this.file = file;
    }

    /** Preferences in {@code file}; it need not exist yet. */
    public static WorkstationPreferences at(Path file) {
        return new WorkstationPreferences(Objects.requireNonNull(file, "file"));
    }

    public static WorkstationPreferences of(DataFolder folder) {
        return at(folder.preferences());
    }

    /** Preferences kept in memory only, for windows started without a data folder (tests). */
    public static WorkstationPreferences inMemory() {
        return new WorkstationPreferences(null);
    }

    /** The file, unless these preferences live in memory. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The stored preferences; the defaults when there is no file. A file that cannot be read, or holds values
     * this version refuses, gives the defaults for those values (logged): the app must still start.
     */
    public synchronized Values load() {
        if (file == null) {
            return inMemory;
        }
        Properties p;
        try {
            p = read();
        } catch (IOException e) {
            LOG.warn("Cannot read the preferences {}; using the defaults", file, e);
            return Values.DEFAULTS;
        }
        LanguageChoice language = LanguageChoice.fromCode(p.getProperty(LANGUAGE));
        String url = p.getProperty(SHARED_URL, "");
        String user = p.getProperty(SHARED_USER, "");
        Path attachments = null;
        try {
            String folder = p.getProperty(SHARED_ATTACHMENTS, "").strip();
            attachments = folder.isEmpty() ? null : Path.of(folder);
            return new Values(language, url, user, attachments);
        } catch (DomainException | InvalidPathException e) {
            LOG.warn("Ignoring the shared database in {}: {}", file, e.getMessage());
            return new Values(language, "", "", null);
        }
    }

    /** Replaces the stored preferences with {@code values}. */
    public synchronized void save(Values values) {
        Objects.requireNonNull(values, "values");
        if (file == null) {
            inMemory = values;
            return;
        }
        try {
            Properties p = read();
            put(p, LANGUAGE, values.language().code());
            put(p, SHARED_URL, values.sharedUrl());
            put(p, SHARED_USER, values.sharedUser());
            put(p, SHARED_ATTACHMENTS, values.sharedAttachments() == null ? "" : values.sharedAttachments().toString());
            write(p);
        } catch (IOException e) {
            throw new DomainException("preferences.write.failed", "Cannot save the preferences " + file + ": "
                    + e.getMessage(), file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Reads, changes and saves in one step; returns what was saved. */
    public synchronized Values update(UnaryOperator<Values> change) {
        Values changed = change.apply(load());
        save(changed);
        return changed;
    }

    private static void put(Properties p, String key, String value) {
        if (value == null || value.isEmpty()) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
    }

    private Properties read() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // no preferences yet: all defaults
        }
        return p;
    }

    private void write(Properties p) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "preferences-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, HEADER);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The language override for this start: {@code --lang} wins, then the stored choice; empty means follow the
     * system ({@code Messages.chooseLocale} then decides).
     */
    public static String languageOverride(String commandLine, Values stored) {
        if (commandLine != null && !commandLine.isBlank()) {
            return commandLine.strip();
        }
        return stored == null ? "" : stored.language().code();
    }

    /**
     * Checks an address to store for a shared register: a PostgreSQL JDBC URL without a password in it.
     *
     * @return the address without surrounding blanks
     * @throws DomainException preferences.sharedUrl.blank, .notPostgres or .password
     */
    public static String checkSharedUrl(String url) {
        String address = checkPostgresUrl(url);
        if (Values.PASSWORD_PARAMETER.matcher(address).find()) {
            throw new DomainException("preferences.sharedUrl.password",
                    "The address carries a password; it is asked for at each start and never stored");
        }
        return address;
    }

    /**
     * Checks that {@code url} names a PostgreSQL server; a password in it is allowed (a connection test).
     *
     * @throws DomainException preferences.sharedUrl.blank or .notPostgres
     */
    public static String checkPostgresUrl(String url) {
        String stripped = url == null ? "" : url.strip();
        if (stripped.isEmpty()) {
            throw new DomainException("preferences.sharedUrl.blank", "No database address given");
        }
        if (!stripped.startsWith(POSTGRES_PREFIX) || stripped.length() == POSTGRES_PREFIX.length()) {
            throw new DomainException("preferences.sharedUrl.notPostgres",
                    "A shared register is a PostgreSQL server: jdbc:postgresql://server:5432/normdesk, not " + stripped,
                    stripped);
        }
        return stripped;
    }

    /**
     * The preferences themselves.
     *
     * @param language          the language to show, or follow the system
     * @param sharedUrl         the shared PostgreSQL register to open at start; empty = this PC's own register
     * @param sharedUser        the user for it; may be empty when the URL names one
     * @param sharedAttachments the attachments folder every workstation reaches; null = this PC's data folder
     */
    public record Values(LanguageChoice language, String sharedUrl, String sharedUser, Path sharedAttachments) {
        public static final Values DEFAULTS = new Values(LanguageChoice.SYSTEM, "", "", null);
        static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&;][a-z]*password=");

        public Values {
            language = language == null ? LanguageChoice.SYSTEM : language;
            sharedUrl = sharedUrl == null ? "" : sharedUrl.strip();
            sharedUser = sharedUser == null ? "" : sharedUser.strip();
            if (sharedUrl.isEmpty()) {
                sharedUser = "";
                sharedAttachments = null;
            } else {
                checkSharedUrl(sharedUrl);
            }
        }

        /** Whether this PC opens a shared register at start. */
        public boolean sharedDatabase() {
            return !sharedUrl.isEmpty();
        }

        public Values withLanguage(LanguageChoice choice) {
            return new Values(choice, sharedUrl, sharedUser, sharedAttachments);
        }

        public Values withSharedDatabase(String url, String user, Path attachments) {
            return new Values(language, checkSharedUrl(url), user, attachments);
        }

        /** Back to this PC's own register. */
        public Values withoutSharedDatabase() {
            return new Values(language, "", "", null);
        }
    }
}
