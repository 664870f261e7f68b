package org.normdesk.store;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The key of an encrypted embedded register, derived from a password the user chooses (Argon2id, 19 MiB, 2
 * passes, a random 16-byte salt). The password is never stored: the unencrypted side file {@value #FILE_NAME}
 * beside the database holds only the salt, the parameters and a check value (a second half of the derived bytes),
 * so that a wrong password is told apart from a damaged file before H2 is asked to open anything.
 * <p>
 * The first 32 derived bytes are H2's file password ({@code CIPHER=AES}); the next 32 are the check value; the
 * last 32 are the key for attachment files (AES-GCM).
 */
public final class DatabaseKey {
    /** The side file beside {@code normdesk.mv.db}; its presence marks the register as encrypted. */
    public static final String FILE_NAME = DatabaseConfig.EMBEDDED_FILE_NAME + ".key";
    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final int memoryKiB;
    private final int passes;
    private final byte[] fileKey;
    private final byte[] check;
    private final byte[] attachmentKey;

    private DatabaseKey(byte[] salt, int memoryKiB, int passes, byte[] derived) {
        this.salt = salt;
        this.memoryKiB = memoryKiB;
        this.passes = passes;
        this.fileKey = Arrays.copyOfRange(derived, 0, 32);
        this.check = Arrays.copyOfRange(derived, 32, 64);
        this.attachmentKey = Arrays.copyOfRange(derived, 64, 96);
        Arrays.fill(derived, (byte) 0);
    }

    /** A new key (new salt) from {@code password}; refuses a password shorter than 8 characters. */
    public static DatabaseKey create(char[] password) {
        requireStrongEnough(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new DatabaseKey(salt, MEMORY_KIB, PASSES, derive(password, salt, MEMORY_KIB, PASSES));
    }

    /** Refuses a password too short to protect a register. */
    public static void requireStrongEnough(char[] password) {
        if (password == null || password.length < 8) {
            throw new StoreException("db.encryption.passwordTooShort",
                    "The register password must have at least 8 characters");
        }
    }

    /** True when the register in {@code dataDir} is encrypted (its key file is there). */
    public static boolean isEncrypted(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    /**
     * Derives the key of the register in {@code dataDir} from {@code password}.
     *
     * @throws StoreException {@code db.encryption.wrongPassword} when the password is not the register's
     */
    public static DatabaseKey unlock(Path dataDir, char[] password) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties stored = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (IOException e) {
            throw new StoreException("db.encryption.keyUnreadable", "Cannot read the key file " + file
                    + " of the encrypted register", file.toString()).withCause(e);
        }
        byte[] salt;
        byte[] expected;
        int memory;
        int passes;
        try {
            if (!"argon2id".equals(stored.getProperty("kdf"))) {
                throw new IllegalArgumentException("kdf " + stored.getProperty("kdf"));
            }
            salt = Base64.getDecoder().decode(stored.getProperty("salt"));
            expected = HexFormat.of().parseHex(stored.getProperty("check"));
            memory = Integer.parseInt(stored.getProperty("memoryKiB"));
            passes = Integer.parseInt(stored.getProperty("passes"));
        } catch (RuntimeException e) {
            throw new StoreException("db.encryption.keyUnreadable", "Cannot read the key file " + file
                    + " of the encrypted register", file.toString()).withCause(e);
        }
        DatabaseKey key = new DatabaseKey(salt, memory, passes, derive(password == null ? new char[0] : password,
                salt, memory, passes));
        if (!MessageDigest.isEqual(expected, key.check)) {
            throw new StoreException("db.encryption.wrongPassword",
                    "Wrong password for the encrypted register; try again");
        }
        return key;
    }

    /** Writes the key file (salt, parameters, check value; never the password) into {@code dataDir}. */
    public void writeTo(Path dataDir) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("format", "1");
        values.put("kdf", "argon2id");
        values.put("memoryKiB", Integer.toString(memoryKiB));
        values.put("passes", Integer.toString(passes));
        values.put("salt", Base64.getEncoder().encodeToString(salt));
        values.put("check", HexFormat.of().formatHex(check));
        values.put("cipher", "AES");
        StringBuilder text = new StringBuilder("# NormDesk: the register beside this file is encrypted. This file holds no "
                + "password; without the password the register cannot be read.\n");
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.createDirectories(dataDir);
            Path temp = Files.createTempFile(dataDir, ".normdesk-key-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file in " + dataDir, e);
        }
    }

    /** H2's file password ({@code CIPHER=AES}): hex of the first derived bytes. */
    public String filePassword() {
        return HexFormat.of().formatHex(fileKey);
    }

    /** A copy of the AES key for attachment files. */
    public byte[] attachmentKey() {
        return attachmentKey.clone();
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKiB, int passes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB).withIterations(passes).withParallelism(1)
                .withSalt(salt).build());
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] utf8 = new byte[buffer.remaining()];
        buffer.get(utf8);
        try {
            byte[] out = new byte[96];
            generator.generateBytes(utf8, out);
            return out;
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "DatabaseKey[argon2id]";
    }
}
