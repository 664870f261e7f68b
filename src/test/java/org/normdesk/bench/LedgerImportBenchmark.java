package org.normdesk.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.normdesk.domain.account.Principal;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.demo.DemoRegisterGenerator;
import org.normdesk.service.exchange.ColumnMapping;
import org.normdesk.service.exchange.ImportPlan;
import org.normdesk.service.exchange.ImportResult;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerImportService;
import org.normdesk.service.exchange.RowState;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A 20,000-row ledger (台账) imported into an empty register: the same rows as .xlsx and as a GBK .csv, in the
 * clerks' shapes (2019年12月20日 dates, odd 文号 brackets). Each import — read, plan, one transaction through the
 * register service — is timed next to its floor: just parsing the same file with the same library in the same run
 * (POI for the workbook, decoding and splitting for the CSV), and next to the database's own copy of the rows it
 * stored ({@link DatabaseCopyFloor}): the engine's part, which no import code can go below. Target ≥ 20,000 rows/s. Writes
 * {@code target/bench/ledger-import-bench.md}. Run with {@code ./mvnw -Pbench verify}.
 */
public final class LedgerImportBenchmark {
    private static final int ROWS = Integer.getInteger("bench.ledgerRows", 20_000);
    private static final int RUNS = Integer.getInteger("bench.ledgerRuns", 3);
    /** {@code csv}, {@code xlsx} or both (comma-separated): a shorter run on a loaded machine. */
    private static final String FORMATS = System.getProperty("bench.ledgerFormats", "csv,xlsx");
    /** {@code h2}, {@code postgresql} (when a server is configured) or both: one database's figures on their own. */
    private static final List<String> DATABASES = Arrays.asList(
            System.getProperty("bench.ledgerDatabases", "h2,postgresql").split(","));
    /**
     * {@code -Dbench.searchIndex=true}: the register's search index is open during the import, as in the desktop app,
     * so the import's time includes bringing the index up to date with the new documents (after the commit).
     */
    private static final boolean SEARCH_INDEX = Boolean.getBoolean("bench.searchIndex");
    private static final double TARGET_ROWS_PER_SECOND = 20_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String[] HEADER = {"序号", "文件名称", "发文字号", "制定机关", "印发日期", "施行日期", "有效期至",
            "效力状态"};

    /** CPU time of the importing thread: on a machine shared with other work, wall time says more about the load. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private record Line(String file, String database, double floorMs, double readMs, double planMs, double importMs,
                        long gcMs, int added, double floorCpuMs, double cpuMs, double copyFloorMs,
                        double bareCopyMs) {
        Line withCopies(double copyMs, double bareMs) {
            return new Line(file, database, floorMs, readMs, planMs, importMs, gcMs, added, floorCpuMs, cpuMs, copyMs,
                    bareMs);
        }

        /** What the user waits for after approving the preview, plus reading the file. */
        double totalMs() {
            return readMs + importMs;
        }

        /** All the machine's work from the file to the stored rows: only the user's review step is left out. */
        double machineMs() {
            return readMs + planMs + importMs;
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "bench", "ledger");
        deleteTree(out);
        Files.createDirectories(out);
        DemoRegister demo = DemoRegisterGenerator.generate(DemoRegisterGenerator.DEFAULT_SEED, ROWS);
        Path xlsx = out.resolve("ledger-" + ROWS + ".xlsx");
        Path csv = out.resolve("ledger-" + ROWS + "-gbk.csv");
        List<String[]> rows = rows(demo);
        writeXlsx(rows, xlsx);
        writeCsv(rows, csv);
        System.out.printf("ledger: %,d rows; %s %,d KB, %s %,d KB%n", rows.size(), xlsx.getFileName(),
                Files.size(xlsx) / 1024, csv.getFileName(), Files.size(csv) / 1024);

        List<Line> lines = new ArrayList<>();
        for (Path file : List.of(csv, xlsx)) {
            if (!Arrays.asList(FORMATS.split(",")).contains(file.toString().endsWith(".csv") ? "csv" : "xlsx")) {
                continue;
            }
            if (DATABASES.contains("h2")) {
                lines.add(median(file, "H2 (embedded file)", out, () -> DatabaseConfig.embedded(
                        out.resolve("h2-" + System.nanoTime()).resolve("db"))));
            }
            if (DATABASES.contains("postgresql") && TestDatabases.postgresUrl().isPresent()) {
                lines.add(median(file, "PostgreSQL", out, () -> TestDatabases.fresh(DatabaseKind.POSTGRESQL, out)));
            }
        }
        String report = markdown(rows.size(), lines);
        Files.writeString(Path.of("target", "bench", "ledger-import-bench.md"), report);
        System.out.println(report);
    }

    private interface Fresh {
        DatabaseConfig get() throws Exception;
    }

    /** The median run of {@link #RUNS}, each into a fresh empty database, each with its floor measured just before. */
    private static Line median(Path file, String database, Path out, Fresh fresh) throws Exception {
        List<Line> runs = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            long floorCpu0 = THREADS.getCurrentThreadCpuTime();
            double floor = floor(file);
            double floorCpu = (THREADS.getCurrentThreadCpuTime() - floorCpu0) / 1e6;
            DatabaseConfig config = fresh.get();
            Line measured;
            try (Workspace ws = Workspace.open(config, out.resolve("attachments"),
                    SEARCH_INDEX ? out.resolve("index-" + System.nanoTime()) : null, CLOCK,
                    new CurrentUser(Principal.singleUser("bench")))) {
                if (SEARCH_INDEX) {
                    ws.search().catchUp();
                }
                LedgerImportService imports = ws.ledgerImport();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Ledger ledger = imports.read(file);
                long t1 = System.nanoTime();
                ColumnMapping mapping = imports.propose(ledger);
                ImportPlan plan = imports.plan(ledger, mapping, Progress.NONE);
                long t2 = System.nanoTime();
                long gc0 = gcMillis();
                ImportResult result = imports.importLedger(ledger, mapping, Progress.NONE);
                long t3 = System.nanoTime();
                long cpu1 = THREADS.getCurrentThreadCpuTime();
                long gcImport = gcMillis() - gc0;
                if (result.added() != plan.count(RowState.NEW) || result.rejected() != 0) {
                    throw new IllegalStateException("unexpected result " + result);
                }
                if (SEARCH_INDEX) {
                    // the first query after the import: the index checks it is in step with the database
                    long q0 = System.nanoTime();
                    int indexed = ws.search().indexedDocuments();
                    System.out.printf("  first index query after the import: %.0f ms%n", ms(q0, System.nanoTime()));
                    if (indexed != result.added()) {
                        throw new IllegalStateException("the index holds " + indexed);
                    }
                }
                measured = new Line(file.getFileName().toString(), database, floor, ms(t0, t1), ms(t1, t2),
                        ms(t2, t3), gcImport, result.added(), floorCpu, (cpu1 - cpu0) / 1e6, 0, 0);
            } catch (Exception | Error e) {
                dropSchema(config);
                throw e;
            }
            // the database's own copy of the rows just imported, into another fresh register
            DatabaseConfig copyTarget = fresh.get();
            DatabaseCopyFloor.Copies copy;
            try {
                copy = DatabaseCopyFloor.copy(config, copyTarget);
            } finally {
                dropSchema(config);
                dropSchema(copyTarget);
            }
            Line line = measured.withCopies(copy.register().total(), copy.bare().total());
            System.out.printf("  %s on %s, run %d: floor %.0f ms, read %.0f ms, dry run %.0f ms, import %.0f ms (GC %d ms); "
                            + "the database's own copy of the rows %s, into bare tables %s; CPU of the importing thread "
                            + "%.0f ms (floor %.0f ms)%n", line.file, database, run, floor, line.readMs, line.planMs,
                    line.importMs, line.gcMs, copy.register(), copy.bare(), line.cpuMs, floorCpu);
            // run 0 warms the JIT and is not counted
            if (run > 0) {
                runs.add(line);
            }
        }
        runs.sort(Comparator.comparingDouble(Line::totalMs));
        return runs.get(runs.size() / 2);
    }

    /** Parsing only: the same file, the same library, every cell turned to text, nothing interpreted or stored. */
    private static double floor(Path file) throws Exception {
        long start = System.nanoTime();
        byte[] bytes = Files.readAllBytes(file);
        long cells = 0;
        if (file.toString().endsWith(".xlsx")) {
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                for (Row row : book.getSheetAt(0)) {
                    for (Cell cell : row) {
                        cells += cell.toString().length();
                    }
                }
            }
        } else {
            String text = new String(bytes, Charset.forName("GB18030"));
            for (String line : text.split("\r\n")) {
                cells += line.split(",", -1).length;
            }
        }
        if (cells == 0) {
            throw new IllegalStateException("nothing parsed");
        }
        return ms(start, System.nanoTime());
    }

    private static List<String[]> rows(DemoRegister demo) {
        Map<String, String> issuers = new HashMap<>();
        demo.issuers().forEach(i -> issuers.put(i.key(), i.name()));
        Map<String, String> labels = Map.of("NOT_YET_EFFECTIVE", "尚未施行", "VALID", "现行有效", "AMENDED", "已修改",
                "EXPIRED", "已失效", "REPEALED", "已废止", "REVOKED", "已撤销");
        List<String[]> rows = new ArrayList<>();
        int seq = 0;
        for (DemoRegister.DocumentEntry d : demo.documents()) {
            seq++;
            String status = d.history().isEmpty() ? d.initialStatus() : d.history().get(d.history().size() - 1).to();
            String number = d.docNumber() == null ? "" : seq % 3 == 0 ? d.docNumber().replace('〔', '[').replace('〕', ']')
                    : seq % 3 == 1 ? d.docNumber().replace('〔', '（').replace('〕', '）') : d.docNumber();
            rows.add(new String[]{Integer.toString(seq), d.title(), number,
                    String.join("、", d.issuers().stream().map(issuers::get).toList()), chinese(d.publishedDate()),
                    d.effectiveDate() == null ? "" : d.effectiveDate().replace('-', '.'), chinese(d.validUntil()),
                    labels.get(status)});
        }
        return rows;
    }

    private static String chinese(String iso) {
        if (iso == null) {
            return "";
        }
        LocalDate d = LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static void writeXlsx(List<String[]> rows, Path file) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("台账");
            CellStyle bold = book.createCellStyle();
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                row.createCell(0).setCellValue(r + 1);
                for (int c = 1; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(stream);
            book.dispose();
        }
    }

    private static void writeCsv(List<String[]> rows, Path file) throws Exception {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                String cell = row[c];
                text.append(c == 0 ? "" : ",")
                        .append(cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append("\r\n");
        }
        Files.write(file, text.toString().getBytes(Charset.forName("GBK")));
    }

    private static String markdown(int rows, List<Line> lines) {
        StringBuilder md = new StringBuilder("# Ledger import benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%,d-row ledger into an empty register (issuers created by the import), "
                + "median of %d runs after one warm-up, JDK %s, %d cores. Read = parsing the file into rows; dry run = "
                + "the preview the user reviews; import = one transaction (it plans again inside it, against the "
                + "register as it is then). Target ≥ %,.0f rows/s \"excluding the user's review step\", given two ways: "
                + "read + import (the dry run counted as part of the review step) and read + dry run + import (all the "
                + "machine's work). Floor = parsing the same file with the same library in the same run. GC = collection "
                + "time during the import. CPU = the importing thread's CPU time for read + dry run + import (for "
                + "PostgreSQL the server's work is not in it). Database's own copy = the same stored rows (documents, their "
                + "issuer links, their first history entries) copied by the database itself from plain staging tables "
                + "into a fresh register's tables, INSERT … SELECT in one transaction, commit included: no file, no "
                + "Java objects, no network, only the engine writing the rows under the register's keys, indexes and "
                + "foreign keys; the import cannot be faster than it on this machine and schema. Into bare tables = the same "
                + "copy into tables with the same columns and primary keys and nothing else (no other index, no "
                + "foreign key, no unique or check constraint): what the engine takes for the rows alone. JVM options: "
                + "%s.%s%n%n", rows, RUNS,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), TARGET_ROWS_PER_SECOND,
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X")).toList()),
                SEARCH_INDEX ? " The search index is open, as in the desktop app: the import includes updating it." : ""));
        md.append("| File | Database | Floor: parse only | Read | Dry run | Import (one transaction) | GC in import "
                + "| Read + import | Rows/s | Target met | Read + dry run + import | Rows/s | Target met | Floor rows/s "
                + "| CPU of the importing thread | Floor CPU | Rows per CPU second | Database's own copy of the rows "
                + "| Import ÷ database's copy | Database's copy into bare tables |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Line l : lines) {
            double perSecond = l.added / (l.totalMs() / 1000);
            double machinePerSecond = l.added / (l.machineMs() / 1000);
            md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f ms | %,.0f ms | %,.0f ms | %,.0f ms | %,d ms "
                            + "| %,.0f ms | %,.0f | %s | %,.0f ms | %,.0f | %s | %,.0f | %,.0f ms | %,.0f ms | %,.0f "
                            + "| %,.0f ms | %.2f | %,.0f ms |%n",
                    l.file, l.database, l.floorMs, l.readMs, l.planMs, l.importMs, l.gcMs, l.totalMs(), perSecond,
                    perSecond >= TARGET_ROWS_PER_SECOND ? "yes" : "no", l.machineMs(), machinePerSecond,
                    machinePerSecond >= TARGET_ROWS_PER_SECOND ? "yes" : "no", l.added / (l.floorMs / 1000), l.cpuMs,
                    l.floorCpuMs, l.added / (l.cpuMs / 1000), l.copyFloorMs, l.importMs / l.copyFloorMs, l.bareCopyMs));
        }
        double budget = 1000.0 * lines.stream().mapToInt(Line::added).max().orElse(0) / TARGET_ROWS_PER_SECOND;
        md.append(String.format(Locale.ROOT, "%nAt %,.0f rows/s, read + import may take %,.0f ms.", TARGET_ROWS_PER_SECOND,
                budget));
        for (Line l : lines) {
            md.append(String.format(Locale.ROOT, " %s, %s: parsing the file alone took %,.0f ms and the database's own "
                            + "copy of the rows %,.0f ms (%,.0f ms into bare tables); %s.", l.file, l.database, l.floorMs,
                    l.copyFloorMs, l.bareCopyMs, l.floorMs + l.copyFloorMs >= budget
                            ? "together more than the whole budget, so the target is out of reach on this machine and "
                            + "schema"
                            : String.format(Locale.ROOT, "%,.0f ms of the budget are left for the import's own work",
                            budget - l.floorMs - l.copyFloorMs)));
        }
        md.append('\n');
        return md.toString();
    }

    /** Collection time of all collectors so far: with the serial collector, pauses the importing thread waits out. */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static void dropSchema(DatabaseConfig config) {
        String url = config.jdbcUrl();
        int at = url.indexOf("currentSchema=");
        if (at < 0) {
            return;
        }
        String schema = url.substring(at + "currentSchema=".length()).split("&")[0];
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
        } catch (Exception e) {
            System.err.println("could not drop " + schema + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
