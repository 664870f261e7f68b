package org.normdesk.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.store.AttachmentStore;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A registration with attachments is killed (SIGKILL) after its first files were copied into the attachments
 * folder and while its transaction is still open: the last material is read from a named pipe, and the child is
 * killed while it waits on it. After restart there is no trace of the filing, no attachment file without its row
 * (the start-up sweep removes what the dead transaction copied in), and no row without its file; the files of an
 * earlier, committed registration are untouched. The same registration, when the pipe is closed normally, is
 * fully applied.
 */
class RegistrationCrashTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @Test
    void a_registration_killed_after_copying_its_attachments_leaves_no_filing_and_no_dangling_file() throws Exception {
        DataFolder folder = prepared();
        Path pipe = pipe();
        try (ChildJvm child = receiveWithLastMaterialFrom(folder, pipe)) {
            // opening the pipe returns once the child reads it: by then the first two files are in the folder
            try (OutputStream last = openForWriting(pipe, child)) {
                last.write(randomBytes(3, 64 * 1024));
                last.flush();
                List<String> names = storedFiles(folder).stream().map(p -> p.getFileName().toString()).toList();
                assertEquals(3, names.stream().filter(n -> n.length() == 64).count(),
                        "the earlier filing's file and this one's first two are in place: " + names);
                assertEquals(1, names.stream().filter(n -> n.endsWith(".part")).count(), "the third is arriving");
                child.kill();
            } catch (IOException brokenPipe) {
                // the reader is gone: expected, it was killed
            }
        }

        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
            assertEquals(1, ws.demo().filingCount(), "only the earlier filing");
            assertEquals(1, ws.register().count(), "the killed filing's new document was not kept");
            assertTrue(ws.audit().verify().intact(), "the audit chain survives the crash");
        }
        assertEveryFileHasItsRowAndEveryRowItsFile(folder, 1);
    }

    @Test
    void the_same_registration_left_to_finish_is_fully_applied() throws Exception {
        DataFolder folder = prepared();
        Path pipe = pipe();
        try (ChildJvm child = receiveWithLastMaterialFrom(folder, pipe)) {
            try (OutputStream last = openForWriting(pipe, child)) {
                last.write(randomBytes(3, 64 * 1024));
            }
            child.awaitSuccess();
        }
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
            assertEquals(2, ws.demo().filingCount());
            assertEquals(2, ws.register().count());
            assertTrue(ws.audit().verify().intact());
        }
        assertEveryFileHasItsRowAndEveryRowItsFile(folder, 4);
    }

    @Test
    void the_sweep_leaves_files_a_running_registration_may_still_commit() throws Exception {
        DataFolder folder = prepared();
        try (Database db = Database.open(DatabaseConfig.embedded(folder.root()))) {
            AttachmentStore store = new AttachmentStore(db, folder.attachments());
            Path orphan = copyAsOrphan(folder, "0".repeat(64));
            Path part = Files.writeString(folder.attachments().resolve("incoming-1.part"), "half");
            assertEquals(0, store.sweepOrphans(Instant.now().minusSeconds(3600)), "younger than the cut-off");
            assertTrue(Files.exists(orphan) && Files.exists(part));
            assertEquals(2, store.sweepOrphans(Instant.now().plusSeconds(1)));
            assertTrue(Files.notExists(orphan) && Files.notExists(part));
        }
        assertEveryFileHasItsRowAndEveryRowItsFile(folder, 1);
    }

    /** A register with one committed filing whose material has a file. */
    private DataFolder prepared() throws IOException {
        DataFolder folder = new DataFolder(tempDir.resolve("data"));
        Path report = Files.write(tempDir.resolve("earlier-report.pdf"), randomBytes(9, 32 * 1024));
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                    OrgKind.GOVERNMENT, null));
            ws.filings().receive(new ReceiveRequest(null, new DocumentInput("清丰县城市供水管理办法", "清政〔2020〕1号",
                    List.of(county.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2020-02-10", null, null, null),
                    county.id(), "2020-02-20", FilingChannel.PAPER,
                    List.of(new MaterialInput(MaterialKind.FILING_REPORT, true, report)), true));
        }
        return folder;
    }

    private ChildJvm receiveWithLastMaterialFrom(DataFolder folder, Path pipe) throws IOException {
        Path report = Files.write(tempDir.resolve("备案报告.pdf"), randomBytes(1, 256 * 1024));
        Path text = Files.write(tempDir.resolve("正式文本.pdf"), randomBytes(2, 256 * 1024));
        return ChildJvm.normdesk(folder.root(), "filings", "receive", "--unit", "清丰县人民政府",
                "--received", "2020-02-21", "--title", "清丰县农村宅基地管理办法", "--number", "清政〔2020〕2号",
                "--type", "government-normative", "--published", "2020-02-10", "--yes",
                "--material", "filing-report,official-text,drafting-explanation",
                "--file", "filing-report=" + report, "--file", "official-text=" + text,
                "--file", "drafting-explanation=" + pipe);
    }

    /** Blocks until the child opens the pipe for reading; fails if it dies first. */
    private static OutputStream openForWriting(Path pipe, ChildJvm child) throws Exception {
        CompletableFuture<OutputStream> open = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newOutputStream(pipe);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!open.isDone()) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                // unblock the opener by reading the pipe ourselves, then report what the child said
                try (InputStream unblock = Files.newInputStream(pipe)) {
                    open.get(10, TimeUnit.SECONDS).close();
                }
                throw new AssertionError("the child never read its last material:\n" + child.output());
            }
            Thread.sleep(5);
        }
        return open.get();
    }

    private Path pipe() throws Exception {
        Path pipe = tempDir.resolve("起草说明.pdf");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "needs mkfifo (Linux, macOS)");
            throw noMkfifo;
        }
        assertEquals(0, mkfifo.waitFor());
        return pipe;
    }

    /** Every file in the attachments folder is a row's, every row's file is there with its hash, nothing else. */
    private static void assertEveryFileHasItsRowAndEveryRowItsFile(DataFolder folder, int expectedRows) throws Exception {
        Set<String> onDisk = storedFiles(folder).stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        try (Database db = Database.open(DatabaseConfig.embedded(folder.root()))) {
            AttachmentStore store = new AttachmentStore(db, folder.attachments());
            Set<String> rows = new TreeSet<>(store.allHashes());
            assertEquals(expectedRows, rows.size());
            assertEquals(rows, onDisk, "attachment rows and files");
            for (Path file : storedFiles(folder)) {
                assertEquals(file.getFileName().toString(), sha256(file), "an intact file");
            }
        }
    }

    private static List<Path> storedFiles(DataFolder folder) throws IOException {
        if (!Files.isDirectory(folder.attachments())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder.attachments())) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static Path copyAsOrphan(DataFolder folder, String hash) throws IOException {
        Path target = folder.attachments().resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
        Files.createDirectories(target.getParent());
        return Files.writeString(target, "no row names me");
    }

    private static String sha256(Path file) throws Exception {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static byte[] randomBytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
