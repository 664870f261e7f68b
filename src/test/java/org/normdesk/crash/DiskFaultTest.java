package org.normdesk.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegisterGenerator;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerImportService;
import org.normdesk.service.export.ExportFormat;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.i18n.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full disk and a read-only folder under the embedded register, its backups, exports and attachments: a clear
 * message (in both languages), no damaged database, nothing half-written.
 */
class DiskFaultTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Messages ZH = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = Messages.load(Locale.ENGLISH);

    @TempDir
    Path tempDir;

    @Test
    void an_import_that_fills_the_disk_saves_nothing_and_the_register_opens_once_there_is_room() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tempDir.resolve("disk"), 3L << 20)) {
            DataFolder folder = new DataFolder(disk.root().resolve("data"));
            int documents;
            long audit;
            Path ledger = ledger(tempDir.resolve("big.csv"), 40_000);
            try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
                ws.demo().importRegister(DemoRegisterGenerator.generate(3, 300), Progress.NONE);
                documents = ws.register().count();
                audit = ws.audit().count();
            }
            try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
                LedgerImportService imports = ws.ledgerImport();
                Ledger read = imports.read(ledger);
                DomainException full = assertThrows(DomainException.class,
                        () -> imports.importLedger(read, imports.propose(read), Progress.NONE));
                assertClear(full, "db.diskFull");
            } catch (RuntimeException closingOnAFullDisk) {
                // closing may fail too while the disk is full; what counts is the state found after
                assertTrue(closingOnAFullDisk.getMessage() != null);
            }
            disk.resize(64L << 20);
            try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
                assertEquals(documents, ws.register().count(), "nothing of the import kept");
                assertEquals(audit, ws.audit().count());
                assertTrue(ws.audit().verify().intact(), "the audit chain is intact");
                LedgerImportService imports = ws.ledgerImport();
                Ledger read = imports.read(ledger(tempDir.resolve("small.csv"), 100));
                assertEquals(100, imports.importLedger(read, imports.propose(read), Progress.NONE).added(),
                        "the register works again");
            }
        }
    }

    @Test
    void a_backup_or_export_to_a_full_disk_says_so_and_leaves_no_file() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("data"));
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK);
             SmallDisk disk = SmallDisk.mount(tempDir.resolve("stick"), 32L << 10)) {
            ws.demo().importRegister(DemoRegisterGenerator.generate(3, 600), Progress.NONE);
            int documents = ws.register().count();

            DomainException backup = assertThrows(DomainException.class,
                    () -> ws.backups().backup(disk.root().resolve("backup.zip")));
            assertClear(backup, "backup.writeFailed");
            DomainException export = assertThrows(DomainException.class, () -> ws.exports(EN)
                    .export(new DocumentQuery(null, null, java.util.Set.of(), null, null, 0), ExportFormat.CSV,
                            disk.root().resolve("register.csv"), Progress.NONE));
            assertClear(export, "export.failed");
            try (Stream<Path> left = Files.list(disk.root())) {
                assertEquals(List.of(), left.toList(), "nothing half-written on the full disk");
            }
            assertEquals(documents, ws.register().count());
            assertTrue(ws.audit().verify().intact());
        }
    }

    @Test
    void a_register_on_a_read_only_disk_is_refused_with_a_message_and_left_intact() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tempDir.resolve("disk"), 32L << 20)) {
            DataFolder folder = new DataFolder(disk.root().resolve("data"));
            int documents;
            try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
                ws.demo().importRegister(DemoRegisterGenerator.generate(3, 100), Progress.NONE);
                documents = ws.register().count();
            }
            disk.readOnly();
            DomainException refused = assertThrows(DomainException.class, () -> {
                try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
                    ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                            OrgKind.GOVERNMENT, null));
                }
            });
            assertClear(refused, "db.readOnly");
            disk.writable();
            try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
                assertEquals(documents, ws.register().count());
                assertTrue(ws.audit().verify().intact());
            }
        }
    }

    /** Works as any user, root included: the attachments folder is a file, so no attachment can be stored. */
    @Test
    void a_registration_whose_attachment_cannot_be_stored_saves_nothing() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("data"));
        Files.createDirectories(folder.root());
        Files.writeString(folder.attachments(), "a file where the attachments folder belongs");
        Path scan = Files.writeString(tempDir.resolve("备案报告.pdf"), "scan");
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                    OrgKind.GOVERNMENT, null));
            long audit = ws.audit().count();
            DomainException refused = assertThrows(DomainException.class, () -> ws.filings().receive(
                    new ReceiveRequest(null, new DocumentInput("清丰县农村宅基地管理办法", "清政〔2024〕2号",
                            List.of(county.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2024-05-10", null,
                            null, null), county.id(), "2024-05-20", FilingChannel.PAPER,
                            List.of(new MaterialInput(MaterialKind.FILING_REPORT, true, scan)), true)));
            assertClear(refused, "attachment.unreadable");
            assertEquals(0, ws.register().count(), "the new document was not kept either");
            assertEquals(0, ws.demo().filingCount());
            assertEquals(audit, ws.audit().count());
        }
    }

    private static void assertClear(DomainException e, String key) {
        assertEquals(key, e.messageKey(), e.getMessage());
        String zh = ZH.format(e.messageKey(), e.args());
        String en = EN.format(e.messageKey(), e.args());
        assertTrue(!zh.equals(en) && !zh.contains("{0}") && !en.contains("{0}"), zh + " / " + en);
    }

    private static Path ledger(Path file, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("文件名称,文号,制定机关,发布日期,备注\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("濮阳市第").append(i).append("号关于加强和规范城乡规划建设管理工作的若干意见,濮政〔2023〕").append(i)
                    .append("号,濮阳市人民政府,2023-03-01,").append("备注".repeat(20)).append('\n');
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
