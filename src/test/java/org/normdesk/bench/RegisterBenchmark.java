package org.normdesk.bench;

import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.demo.DemoRegisterGenerator;
import org.normdesk.service.stats.TallyItem;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The register at province scale: generates the 100k register from the fixed seed, loads it into a fresh H2 file
 * (and into PostgreSQL when {@code NORMDESK_PG_URL} is set), then times the interactive actions through the
 * services with warm-up, p50 / p99 over many repetitions, each next to its floor: the same question asked by
 * raw JDBC on the same database in the same run. Writes {@code target/bench/register-bench.md} and prints it.
 *
 * <p>Targets live here, not in timed unit tests: each interactive action p99 &lt; 100 ms, the year tally
 * &lt; 200 ms. Run with {@code ./mvnw -Pbench verify}; {@code -Dbench.documents=20000} for a quicker look.
 */
public final class RegisterBenchmark {
    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int REPS = Integer.getInteger("bench.reps", 200);
    /** The point-in-time view and the tally return or compute much more; fewer runs keep the bench in minutes. */
    private static final int SLOW_REPS = Integer.getInteger("bench.slowReps", 20);
    private static final int SLOW_WARMUP = 5;
    private static final int PAGE = 100;
    private static final long INTERACTIVE_TARGET_MS = 100;
    private static final long TALLY_TARGET_MS = 200;
    /** The tally alone is quick enough for more runs than the other slow actions: a p99 worth the name. */
    private static final int TALLY_REPS = Integer.getInteger("bench.tallyReps", 100);
    private static final long FINALIZE_TARGET_MS = 10_000;
    /** Documents in the timed cleanup campaign (the issue's 10k); halved when the register has fewer in force. */
    private static final int CAMPAIGN = Integer.getInteger("bench.campaign", 10_000);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String TITLE_WORD = "管理";
    private static final LocalDate POINT_IN_TIME = LocalDate.of(2019, 12, 31);
    /**
     * {@code -Dbench.only=tally,queue}: time only these actions (open, word, docnumber, facets, pit-page, pit-all,
     * tally, queue, finalize); empty times all of them.
     */
    private static final Set<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::trim).filter(k -> !k.isEmpty()).collect(java.util.stream.Collectors.toSet());
    /**
     * {@code -Dbench.keep=true}: keep the loaded register (target/bench/h2-keep-N, PostgreSQL schema bench_keep_N)
     * and reuse it in the next run instead of generating and loading it again; migrations added since still run.
     */
    private static final boolean KEEP = Boolean.getBoolean("bench.keep");

    private record Timing(String action, double p50, double p99, double floorP50, double floorP99, long targetMs,
                          String note) {
    }

    private record Section(String database, int documents, int filings, long loadMs, long indexMs,
                           long heapAfterLoadMb, long peakHeapMb, List<Timing> timings) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        List<Section> sections = new ArrayList<>();
        Path h2 = out.resolve(KEEP ? "h2-keep-" + DOCUMENTS : "h2");
        if (!KEEP) {
            deleteTree(h2);
        }
        if (!Boolean.getBoolean("bench.skipH2")) {
            DatabaseConfig embedded = DatabaseConfig.embedded(h2);
            // H2 hands back a statement's previous result when the same SQL runs again with the same parameters on
            // unchanged tables; without its statement cache every run counts afresh, as after any change in real use
            sections.add(run("H2 (embedded file)", new DatabaseConfig(embedded.jdbcUrl() + ";QUERY_CACHE_SIZE=0",
                    embedded.user(), embedded.password()), h2.resolve("index")));
        }
        if (TestDatabases.postgresUrl().isPresent()) {
            Path pg = out.resolve(KEEP ? "pg-keep-" + DOCUMENTS : "pg");
            if (!KEEP) {
                deleteTree(pg);
            }
            DatabaseConfig config = KEEP ? keptPostgres("bench_keep_" + DOCUMENTS)
                    : TestDatabases.fresh(DatabaseKind.POSTGRESQL, pg);
            try {
                sections.add(run("PostgreSQL", config, pg.resolve("index")));
            } finally {
                if (!KEEP) {
                    dropSchema(config);
                }
            }
        }
        String report = markdown(sections);
        Files.writeString(out.resolve("register-bench.md"), report);
        System.out.println(report);
    }

    private static Section run(String label, DatabaseConfig config, Path indexFolder) throws Exception {
        resetPeaks();
        try (Workspace ws = Workspace.open(config, indexFolder.resolveSibling("attachments"), indexFolder, CLOCK,
                () -> "bench")) {
            long loadMs = 0;
            String oddNumber;
            int filings;
            long loaded;
            try (Connection c = connect(config)) {
                loaded = Floors.single(c, "select count(*) from document");
            }
            if (KEEP && loaded == DOCUMENTS) {
                System.out.printf("%s: reusing the kept register of %,d documents%n", label, loaded);
                try (Connection c = connect(config)) {
                    filings = (int) Floors.single(c, "select count(*) from filing");
                    oddNumber = oddBrackets(Floors.text(c, "select doc_number_raw from document order by id limit 1 offset "
                            + (DOCUMENTS / 3)));
                }
            } else {
                if (loaded != 0) {
                    throw new IllegalStateException(label + " holds " + loaded + " documents, not " + DOCUMENTS
                            + "; delete the kept register first");
                }
                System.out.printf("%s: generating %,d documents …%n", label, DOCUMENTS);
                DemoRegister demo = DemoRegisterGenerator.generate(DemoRegisterGenerator.DEFAULT_SEED, DOCUMENTS);
                oddNumber = oddBrackets(demo.documents().get(demo.documents().size() / 3).docNumber());
                filings = demo.filings().size();
                long start = System.nanoTime();
                ws.demo().importRegister(demo, Progress.NONE);
                loadMs = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("%s: loaded in %,d ms%n", label, loadMs);
            }
            if (config.kind() == DatabaseKind.POSTGRESQL) {
                // what autovacuum does a minute after the load: statistics for the planner, the visibility map for
                // index-only scans; timing before it ran would measure a register no office keeps
                try (Connection c = connect(config); Statement st = c.createStatement()) {
                    // this schema's tables only: the database is shared with other schemas
                    for (var table : org.normdesk.store.RegisterCopier.TABLES_IN_COPY_ORDER) {
                        st.execute("vacuum analyze " + table.getName());
                    }
                }
            }
            long indexMs = 0;
            if (Stream.of("open", "word", "docnumber", "facets", "pit-page").anyMatch(RegisterBenchmark::wanted)) {
                System.out.printf("%s: building the search index …%n", label);
                long start = System.nanoTime();
                ws.search().rebuild();
                indexMs = (System.nanoTime() - start) / 1_000_000;
            }
            long heapAfter = usedHeapAfterGc();
            long peak = peakHeap();

            List<Timing> timings = new ArrayList<>();
            try (Connection jdbc = connect(config)) {
                Floors floors = new Floors(jdbc);
                DocumentQuery all = DocumentQuery.all().page(0, PAGE);
                if (wanted("open")) {
                    timings.add(time("Open the register (first page of " + PAGE + " + count + facets)",
                            () -> ws.search().search(all), floors::openRegister, REPS, INTERACTIVE_TARGET_MS,
                            "floor: page + count by JDBC, no facets"));
                }
                if (wanted("word")) {
                    int wordHits = ws.search().count(DocumentQuery.text(TITLE_WORD));
                    timings.add(time("Search a title word “" + TITLE_WORD + "” (" + wordHits + " hits, ranked, facets)",
                            () -> ws.search().search(DocumentQuery.text(TITLE_WORD).page(0, PAGE)),
                            () -> floors.like(TITLE_WORD), REPS, INTERACTIVE_TARGET_MS,
                            "floor: LIKE '%…%' page + count (today's DocumentStore.search), no ranking, no facets"));
                }
                if (wanted("docnumber")) {
                    timings.add(time("Search a 文号 in odd brackets “" + oddNumber + "”",
                            () -> ws.search().search(DocumentQuery.text(oddNumber).page(0, PAGE)),
                            () -> floors.like(org.normdesk.domain.common.DocNumber.parse(oddNumber).orElseThrow().normalized()),
                            REPS, INTERACTIVE_TARGET_MS, "floor: LIKE on title and normalized 文号, page + count"));
                }
                if (wanted("facets")) {
                    DocumentQuery three = DocumentQuery.all().withStatuses(Set.of(LifecycleStatus.VALID))
                            .withTypes(Set.of(DocumentType.DEPARTMENT_NORMATIVE)).withYear(2019).page(0, PAGE);
                    timings.add(time("Apply three facets (status + type + year) with all facet counts",
                            () -> ws.search().search(three), floors::threeFacets, REPS, INTERACTIVE_TARGET_MS,
                            "floor: page + count + 5 GROUP BYs by JDBC"));
                }
                if (wanted("pit-page")) {
                    DocumentQuery pitPage = DocumentQuery.all().page(0, PAGE);
                    int pitTotal = ws.search().inForceOn(POINT_IN_TIME, pitPage).total();
                    int pitSql = ws.lifecycle().inForceOn(POINT_IN_TIME, null).size();
                    if (pitTotal != pitSql) {
                        throw new IllegalStateException("the index finds " + pitTotal + " in force, the history " + pitSql);
                    }
                    timings.add(time("Point in time view: in force on " + POINT_IN_TIME + " (first page of " + PAGE
                                    + " + count + facets, search index)",
                            () -> ws.search().inForceOn(POINT_IN_TIME, pitPage), () -> floors.inForceOnPage(POINT_IN_TIME),
                            REPS, INTERACTIVE_TARGET_MS, String.format(Locale.ROOT, "%,d in force (same as the history SQL); "
                                    + "floor: the history SQL's page + count by JDBC, no facets", pitTotal)));
                }
                if (wanted("pit-all")) {
                    timings.add(time("Point in time: in force on " + POINT_IN_TIME + " (all rows)",
                            () -> ws.lifecycle().inForceOn(POINT_IN_TIME, null),
                            () -> floors.inForceOn(POINT_IN_TIME), SLOW_REPS, INTERACTIVE_TARGET_MS,
                            ws.lifecycle().inForceOn(POINT_IN_TIME, null).size() + " rows; floor: the same SQL by JDBC"));
                }
                if (wanted("tally")) {
                    timings.add(tally(ws, floors, config.kind()));
                }
                if (wanted("queue")) {
                    Set<FilingState> open = EnumSet.of(FilingState.RECEIVED, FilingState.RETURNED_FOR_CORRECTION,
                            FilingState.REGISTERED, FilingState.UNDER_REVIEW);
                    timings.add(time("Open the intake queue (open filings with their deadlines)",
                            () -> ws.filings().queue(open), () -> floors.openFilings(open), SLOW_REPS, INTERACTIVE_TARGET_MS,
                            ws.filings().queue(open).size() + " filings; floor: the same rows by JDBC, no deadlines"));
                }
                if (wanted("finalize")) {
                    timings.add(finalizeCampaign(ws, jdbc, floors));
                }
            }
            return new Section(label, DOCUMENTS, filings, loadMs, indexMs, heapAfter, peak, timings);
        }
    }

    /**
     * The year tally through the service next to the issue's floor (its counts as one hand-written SQL query), and
     * the tally's own queries by JDBC (rows shipped) as a second reference. With {@code -Dbench.explain=true} each
     * of those queries is also timed alone and its plan with actual rows printed.
     */
    private static Timing tally(Workspace ws, Floors floors, DatabaseKind kind) throws Exception {
        var unit = ws.settings().unit();
        Set<String> required = unit.requiredMaterials().stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        var service = ws.tally().tally(2019, null);
        Floors.Query counting = Floors.countingTally(2019, unit.ownIssuerIds(), required, LocalDate.now(CLOCK));
        long[] c = floors.counts(counting);
        // the counts that do not depend on the holiday calendar must be the service's, or the floor asks another question
        long[][] same = {{c[0], service.count(TallyItem.ISSUED)}, {c[1], service.count(TallyItem.FILED)},
                {c[4], service.count(TallyItem.FIRST_TIME_COMPLETE)}, {c[5], service.count(TallyItem.RECEIVED)},
                {c[7], service.count(TallyItem.REGISTERED)}, {c[8], service.count(TallyItem.RETURNED)},
                {c[9], service.count(TallyItem.NOT_REGISTERED)}, {c[10], service.count(TallyItem.REVIEWED)},
                {c[11], service.count(TallyItem.CORRECTIONS_REQUESTED)}, {c[13], service.cleanupTotal()}};
        for (long[] pair : same) {
            if (pair[0] != pair[1]) {
                throw new IllegalStateException("the counting floor gives " + Arrays.toString(c) + ", the service "
                        + service.counts());
            }
        }
        List<Floors.Query> queries = Floors.tallyQueries(2019, unit.ownIssuerIds(), kind);
        if (Boolean.getBoolean("bench.explain")) {
            for (Floors.Query q : queries) {
                double[] t = measure(() -> floors.tallyQueries(List.of(q)), SLOW_WARMUP, SLOW_REPS);
                System.out.printf(Locale.ROOT, "  query \"%s\": p50 %.1f ms, p99 %.1f ms%n%s%n", q.name(), t[0], t[1],
                        floors.explain(q, kind));
            }
            double[] t = measure(() -> floors.counts(counting), SLOW_WARMUP, SLOW_REPS);
            System.out.printf(Locale.ROOT, "  %s: p50 %.1f ms, p99 %.1f ms%n%s%n", counting.name(), t[0], t[1],
                    floors.explain(counting, kind));
        }
        System.out.println("  Year tally 2019");
        double[] s = measure(() -> ws.tally().tally(2019, null), SLOW_WARMUP, TALLY_REPS);
        double[] f = measure(() -> floors.counts(counting), SLOW_WARMUP, TALLY_REPS);
        double[] rowsFloor = measure(() -> floors.tallyQueries(queries), SLOW_WARMUP, TALLY_REPS);
        String cpu = kind == DatabaseKind.H2 ? String.format(Locale.ROOT, "; CPU time p50 / p99: service %.1f / %.1f, "
                + "floor %.1f / %.1f, own queries %.1f / %.1f ms", s[2], s[3], f[2], f[3], rowsFloor[2], rowsFloor[3]) : "";
        return new Timing("Year tally 2019 (TallyService.tally)", s[0], s[1], f[0], f[1], TALLY_TARGET_MS,
                String.format(Locale.ROOT, "%d runs; %,d issued, %,d received, %,d filed; floor: the same counts as "
                                + "one hand-written SQL query (deadline as 30 calendar days); the tally's own %d queries "
                                + "by JDBC with their rows: p50 %.1f / p99 %.1f ms%s", TALLY_REPS,
                        service.count(TallyItem.ISSUED), service.count(TallyItem.RECEIVED),
                        service.count(TallyItem.FILED), queries.size(), rowsFloor[0], rowsFloor[1], cpu));
    }

    /**
     * Finalizing a campaign of {@link #CAMPAIGN} documents in force through the service (one transaction, progress
     * reported), next to the floor: a second campaign of as many other documents finalized by four set-based
     * statements in one JDBC transaction. Each can run only once, so p50 = p99 = that one run.
     */
    private static Timing finalizeCampaign(Workspace ws, Connection jdbc, Floors floors) throws Exception {
        List<Long> valid = new ArrayList<>();
        try (PreparedStatement s = jdbc.prepareStatement("select id from document where status = 'VALID' order by id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                valid.add(rs.getLong(1));
            }
        }
        int size = Math.min(CAMPAIGN, valid.size() / 2);
        String name = String.format(Locale.ROOT, "Finalize a cleanup campaign of %,d documents", size);
        System.out.println("  " + name);
        Campaign measured = decidedCampaign(ws, "bench service", valid.subList(0, size));
        Campaign floor = decidedCampaign(ws, "bench floor", valid.subList(size, 2 * size));
        long[] progressCalls = new long[1];
        long start = System.nanoTime();
        ws.campaigns().finalizeCampaign(measured.id(), measured.version(), "bench meeting", LocalDate.of(2020, 12, 30),
                null, (done, total, message) -> progressCalls[0]++);
        double serviceMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        int changed = floors.finalizeCampaign(floor.id());
        double floorMs = (System.nanoTime() - start) / 1e6;
        Map<Disposition, Integer> totals = ws.campaigns().totals(measured.id());
        return new Timing(name, serviceMs, serviceMs, floorMs, floorMs, FINALIZE_TARGET_MS, String.format(Locale.ROOT,
                "one run each; %s; %,d status changes (floor %,d); %,d progress updates; floor: read the items, "
                        + "insert the history rows, update the documents and the campaign by JDBC",
                totals, totals.get(Disposition.EXPIRE) + totals.get(Disposition.REPEAL), changed, progressCalls[0]));
    }

    /** A campaign over these documents, decided 70 % continue, 5 % amend, 15 % expire, 10 % repeal. */
    private static Campaign decidedCampaign(Workspace ws, String name, List<Long> documents) {
        Campaign campaign = ws.campaigns().create(name, "国办发〔2018〕37号", CampaignTrigger.ROUTINE, null);
        ws.campaigns().addToScope(campaign.id(), documents);
        int n = documents.size();
        int[] ends = {n * 70 / 100, n * 75 / 100, n * 90 / 100, n};
        Disposition[] decisions = {Disposition.CONTINUE, Disposition.AMEND, Disposition.EXPIRE, Disposition.REPEAL};
        int from = 0;
        for (int i = 0; i < ends.length; i++) {
            ws.campaigns().decide(campaign.id(), new LinkedHashSet<>(documents.subList(from, ends[i])), decisions[i],
                    "清理意见", null);
            from = ends[i];
        }
        return ws.campaigns().get(campaign.id());
    }

    private static boolean wanted(String action) {
        return ONLY.isEmpty() || ONLY.contains(action);
    }

    /** The PostgreSQL schema a kept register lives in, created when missing. */
    private static DatabaseConfig keptPostgres(String schema) throws SQLException {
        String url = TestDatabases.postgresUrl().orElseThrow();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + schema);
        }
        return new DatabaseConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    /** 濮政〔2019〕12号 → 濮政（２０１９）１２号: full-width brackets and digits, as pasted from a web page. */
    static String oddBrackets(String number) {
        StringBuilder b = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (c == '〔') {
                b.append('（');
            } else if (c == '〕') {
                b.append('）');
            } else if (c >= '0' && c <= '9') {
                b.append((char) ('０' + (c - '0')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @FunctionalInterface
    private interface Action {
        Object run() throws Exception;
    }

    private static Timing time(String name, Action service, Action floor, int reps, long targetMs, String note)
            throws Exception {
        System.out.println("  " + name);
        int warmup = reps == SLOW_REPS ? SLOW_WARMUP : WARMUP;
        double[] s = measure(service, warmup, reps);
        double[] f = measure(floor, warmup, reps);
        return new Timing(name, s[0], s[1], f[0], f[1], targetMs, note);
    }

    /**
     * p50 and p99 in ms after warm-up, then p50 and p99 of this thread's CPU time; service and floor alternate
     * blocks, never overlap. On H2 (embedded, the query runs on the calling thread) the CPU time is the work itself,
     * whatever else the machine is doing; on PostgreSQL most of the work is in the server and it shows only ours.
     */
    private static double[] measure(Action action, int warmup, int reps) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        var threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[reps];
        long[] cpu = new long[reps];
        for (int i = 0; i < reps; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Object result = action.run();
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        int p99 = (int) Math.ceil(reps * 0.99) - 1;
        return new double[]{nanos[reps / 2] / 1e6, nanos[p99] / 1e6, cpu[reps / 2] / 1e6, cpu[p99] / 1e6};
    }

    /** The same questions as plain JDBC: what the database itself needs, with nothing of ours around it. */
    private static final class Floors {
        private static final String COLUMNS = "select d.id, d.title, d.doc_number_raw, d.doc_number_parsed, i.name, "
                + "d.doc_type, d.status, d.published_date, d.effective_date, d.valid_until from document d "
                + "join issuer i on i.id = d.lead_issuer_id ";
        private static final String ORDER = " order by d.published_date desc nulls last, d.id desc limit " + PAGE;
        private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
        private final Connection c;

        Floors(Connection c) {
            this.c = c;
        }

        Object openRegister() throws SQLException {
            return rows(COLUMNS + ORDER) + count("select count(*) from document");
        }

        Object like(String text) throws SQLException {
            String where = "where d.title_normalized like ? or d.doc_number_normalized like ?";
            String pattern = "%" + text + "%";
            return rows(COLUMNS + where + ORDER, pattern, pattern)
                    + count("select count(*) from document d " + where, pattern, pattern);
        }

        Object threeFacets() throws SQLException {
            String where = "where d.status = 'VALID' and d.doc_type = 'DEPARTMENT_NORMATIVE' and d.published_date "
                    + "between date '2019-01-01' and date '2019-12-31'";
            long n = rows(COLUMNS + where + ORDER) + count("select count(*) from document d " + where);
            for (String group : List.of("d.status", "d.doc_type", "d.lead_issuer_id",
                    "extract(year from d.published_date)", "d.subject_area")) {
                n += rows("select " + group + ", count(*) from document d " + where + " group by " + group);
            }
            return n;
        }

        private static final String IN_FORCE = "where d.published_date <= ? and ((select l.to_status from status_change l "
                + "where l.document_id = d.id and l.effective_on <= ? order by l.effective_on desc, l.id desc "
                + "limit 1) in ('VALID', 'AMENDED') or ((select l.to_status from status_change l "
                + "where l.document_id = d.id and l.effective_on <= ? order by l.effective_on desc, l.id desc "
                + "limit 1) = 'NOT_YET_EFFECTIVE' and d.effective_date <= ?)) ";

        Object inForceOn(LocalDate day) throws SQLException {
            java.sql.Date d = java.sql.Date.valueOf(day);
            return rows(COLUMNS + IN_FORCE + "order by d.published_date desc nulls last, d.id desc", d, d, d, d);
        }

        /** What the 时点 view needs by SQL: the first page and the count (no facets). */
        Object inForceOnPage(LocalDate day) throws SQLException {
            java.sql.Date d = java.sql.Date.valueOf(day);
            return rows(COLUMNS + IN_FORCE + ORDER, d, d, d, d)
                    + count("select count(*) from document d " + IN_FORCE, d, d, d, d);
        }

        Object openFilings(Set<FilingState> states) throws SQLException {
            String in = states.stream().map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", "));
            return rows("select f.*, d.title, d.doc_number_raw, d.published_date, i.name, "
                    + "(select count(*) from filing_submission s where s.filing_id = f.id) from filing f "
                    + "join document d on d.id = f.document_id join issuer i on i.id = f.filing_unit_id "
                    + "where f.state in (" + in + ") order by f.received_date desc, f.id desc");
        }

        /**
         * H2 hands back a statement's previous result when the same SQL runs again on unchanged tables; the tally's
         * statements fit its per-session cache, so a comment with the run number makes each run count afresh,
         * as the service (whose statements do not all fit) does.
         */
        private long tallyRun;

        /** One of the tally's queries as raw JDBC: its name, SQL and parameters. */
        record Query(String name, String sql, Object... args) {
        }

        /**
         * The tally's own queries, in the shape the service sends them (rows shipped, no Java-side rules): on H2
         * with the same index hints, the first package's materials from {@code filing.first_package_materials}.
         */
        static List<Query> tallyQueries(int year, Set<Long> own, DatabaseKind kind) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            java.time.OffsetDateTime from = first.atStartOfDay(OFFICE).toOffsetDateTime();
            java.time.OffsetDateTime to = first.plusYears(1).atStartOfDay(OFFICE).toOffsetDateTime();
            String filingById = hint(kind, "IX_FILING_ID_DOCUMENT");
            List<Query> q = new ArrayList<>();
            q.add(new Query("received in the year", "select f.id, f.document_id, f.filing_unit_id, f.received_date, "
                    + "d.published_date, f.state, f.registered_date from filing f" + hint(kind, "IX_FILING_RECEIVED_FACTS")
                    + " join document d" + hint(kind, "IX_DOCUMENT_ID_PUBLISHED") + " on d.id = f.document_id "
                    + "where f.received_date between ? and ? order by f.received_date, f.id", first, last));
            q.add(new Query("registered in the year", "select f.document_id from filing f"
                    + hint(kind, "IX_FILING_REGISTERED_FACTS") + " where f.registered_date between ? and ? "
                    + "order by f.received_date, f.id", first, last));
            for (String decision : List.of("RETURN", "REJECT")) {
                q.add(new Query("formal check " + decision, "select distinct f.document_id from formal_check c"
                        + hint(kind, "IX_FORMAL_CHECK_DECISION_TIME_FILING") + " join filing f" + filingById
                        + " on f.id = c.filing_id where c.decision = ? and c.checked_at between ? and ? "
                        + "order by f.document_id", decision, from, to));
            }
            q.add(new Query("review concluded", "select distinct f.document_id from filing_event e"
                    + hint(kind, "IX_FILING_EVENT_STATE_TIME_FILING") + " join filing f" + filingById
                    + " on f.id = e.filing_id where e.to_state = 'REVIEW_CONCLUDED' and e.occurred_at between ? and ? "
                    + "order by f.document_id", from, to));
            q.add(new Query("published with filings and first package", "select d.id, d.published_date, f.id, "
                    + "f.filing_unit_id, f.received_date, f.state, f.registered_date, f.first_package_materials "
                    + "from document d" + hint(kind, "IX_DOCUMENT_PUBLISHED_ISSUER") + " left join filing f"
                    + hint(kind, "IX_FILING_DOCUMENT_FACTS") + " on f.document_id = d.id "
                    + "where d.published_date between ? and ?" + notOwn(own) + " order by d.id, f.received_date, f.id",
                    first, last));
            q.add(new Query("corrections opened", "select distinct rc.document_id from review_correction rc "
                    + "join review r on r.id = rc.review_id join filing f" + filingById + " on f.id = r.filing_id "
                    + "where rc.created_at between ? and ? order by rc.document_id", from, to));
            q.add(new Query("corrections closed", "select rc.result, rc.document_id from review_correction rc "
                    + "join review r on r.id = rc.review_id join filing f" + filingById + " on f.id = r.filing_id "
                    + "where rc.state = 'CLOSED' and rc.closed_on between ? and ? order by rc.document_id", first, last));
            q.add(new Query("cleanup decisions", "select i.decision, i.document_id from campaign_item i join campaign c "
                    + "on c.id = i.campaign_id where c.state = 'FINALIZED' and c.approved_on between ? and ? "
                    + "order by i.document_id", first, last));
            return q;
        }

        private static String hint(DatabaseKind kind, String index) {
            return kind == DatabaseKind.H2 ? " use index (" + index + ")" : "";
        }

        /** The tally's own queries by JDBC, rows read, nothing else. */
        Object tallyQueries(List<Query> queries) throws SQLException {
            String fresh = "/* run " + (++tallyRun) + " */ ";
            long n = 0;
            for (Query q : queries) {
                n += rows(fresh + q.sql(), q.args());
            }
            return n;
        }

        /**
         * The issue's floor: the tally's counts as one hand-written SQL query, counts only, no rows shipped. The
         * filing deadline is taken as 30 calendar days (the service also rolls a deadline on a holiday to the next
         * working day, which SQL cannot know); every other count is the service's definition.
         */
        static Query countingTally(int year, Set<Long> own, Set<String> required, LocalDate today) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            java.time.OffsetDateTime from = first.atStartOfDay(OFFICE).toOffsetDateTime();
            java.time.OffsetDateTime to = first.plusYears(1).atStartOfDay(OFFICE).toOffsetDateTime();
            String due = " + interval '30' day";
            String sql = "select count(*), count(p.received_date), "
                    + "sum(case when p.received_date <= p.published_date" + due + " then 1 else 0 end), "
                    + "sum(case when p.received_date is null and p.published_date" + due + " < ? then 1 else 0 end), "
                    + "sum(case when p.required >= " + required.size() + " then 1 else 0 end), "
                    + "(select count(*) from filing f where f.received_date between ? and ?), "
                    + "(select count(*) from filing f join document d on d.id = f.document_id where f.received_date "
                    + "between ? and ? and f.received_date > d.published_date" + due + "), "
                    + "(select count(*) from filing f where f.registered_date between ? and ?), "
                    + "(select count(distinct f.document_id) from formal_check c join filing f on f.id = c.filing_id "
                    + "where c.decision = 'RETURN' and c.checked_at between ? and ?), "
                    + "(select count(distinct f.document_id) from formal_check c join filing f on f.id = c.filing_id "
                    + "where c.decision = 'REJECT' and c.checked_at between ? and ?), "
                    + "(select count(distinct f.document_id) from filing_event e join filing f on f.id = e.filing_id "
                    + "where e.to_state = 'REVIEW_CONCLUDED' and e.occurred_at between ? and ?), "
                    + "(select count(distinct rc.document_id) from review_correction rc where rc.created_at between ? and ?), "
                    + "(select count(*) from review_correction rc where rc.state = 'CLOSED' and rc.closed_on between ? and ?), "
                    + "(select count(*) from campaign_item i join campaign c on c.id = i.campaign_id "
                    + "where c.state = 'FINALIZED' and c.approved_on between ? and ?) "
                    + "from (select d.id, d.published_date, f.received_date, (select count(*) from filing_submission s "
                    + "join filing_material m on m.submission_id = s.id where s.filing_id = f.id and s.seq = 1 "
                    + "and m.present and m.kind in (" + quoted(required) + ")) as required from document d "
                    + "left join filing f on f.id = (select f1.id from filing f1 where f1.document_id = d.id "
                    + "and f1.state <> 'REJECTED_NOT_IN_SCOPE' order by f1.received_date, f1.id limit 1) "
                    + "where d.published_date between ? and ?" + notOwn(own) + ") p";
            return new Query("one counting query", sql, today, first, last, first, last, first, last, from, to, from, to,
                    from, to, from, to, first, last, first, last, first, last);
        }

        /** The counting query's figures: issued, filed, on time, unfiled, first-time complete, received, late, … */
        long[] counts(Query q) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("/* run " + (++tallyRun) + " */ " + q.sql())) {
                for (int i = 0; i < q.args().length; i++) {
                    s.setObject(i + 1, q.args()[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    long[] v = new long[rs.getMetaData().getColumnCount()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(i + 1);
                    }
                    return v;
                }
            }
        }

        /** The database's plan with actual row counts and times for one query. */
        String explain(Query q, DatabaseKind kind) throws SQLException {
            String prefix = kind == DatabaseKind.H2 ? "explain analyze " : "explain (analyze, buffers) ";
            StringBuilder b = new StringBuilder();
            try (PreparedStatement s = c.prepareStatement(prefix + q.sql())) {
                for (int i = 0; i < q.args().length; i++) {
                    s.setObject(i + 1, q.args()[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        b.append(rs.getString(1)).append('\n');
                    }
                }
            }
            return b.toString();
        }

        private static String quoted(Set<String> values) {
            return values.stream().sorted().map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", "));
        }

        private static String notOwn(Set<Long> own) {
            return own.isEmpty() ? "" : " and d.lead_issuer_id not in (" + own.stream().sorted().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
        }

        static long single(Connection c, String sql) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        static String text(Connection c, String sql) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }

        /** The register changes of finalizing, set-based, in one transaction; returns the status changes written. */
        int finalizeCampaign(long campaignId) throws SQLException {
            StringBuilder toStatus = new StringBuilder("case ci.decision");
            List<String> changing = new ArrayList<>();
            for (Disposition d : Disposition.values()) {
                if (d.resultingStatus() != null) {
                    toStatus.append(" when '").append(d.name()).append("' then '").append(d.resultingStatus().name())
                            .append('\'');
                    changing.add("'" + d.name() + "'");
                }
            }
            toStatus.append(" end");
            String decided = " ci.decision in (" + String.join(", ", changing) + ")";
            java.sql.Timestamp now = java.sql.Timestamp.from(CLOCK.instant());
            java.sql.Date approvedOn = java.sql.Date.valueOf(LocalDate.of(2020, 12, 30));
            c.setAutoCommit(false);
            try {
                rows("select ci.document_id, ci.decision, ci.document_version, d.version, d.status from campaign_item ci "
                        + "join document d on d.id = ci.document_id where ci.campaign_id = ?", campaignId);
                int changed;
                try (PreparedStatement s = c.prepareStatement("insert into status_change (document_id, from_status, "
                        + "to_status, effective_on, recorded_at, recorded_by, reason, caused_by_document_id, campaign_id) "
                        + "select ci.document_id, d.status, " + toStatus + ", ?, ?, 'bench', ci.reason, "
                        + "ci.basis_document_id, ci.campaign_id from campaign_item ci join document d on d.id = ci.document_id "
                        + "where ci.campaign_id = ? and" + decided)) {
                    s.setObject(1, approvedOn);
                    s.setObject(2, now);
                    s.setLong(3, campaignId);
                    changed = s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("update document set status = (select " + toStatus
                        + " from campaign_item ci where ci.campaign_id = ? and ci.document_id = document.id), "
                        + "version = version + 1, updated_at = ? where id in (select ci.document_id from campaign_item ci "
                        + "where ci.campaign_id = ? and" + decided + ")")) {
                    s.setLong(1, campaignId);
                    s.setObject(2, now);
                    s.setLong(3, campaignId);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("update campaign set state = 'FINALIZED', approved_by = "
                        + "'bench meeting', approved_on = ?, finalized_at = ?, finalized_by = 'bench', version = version + 1 "
                        + "where id = ?")) {
                    s.setObject(1, approvedOn);
                    s.setObject(2, now);
                    s.setLong(3, campaignId);
                    s.executeUpdate();
                }
                c.commit();
                return changed;
            } finally {
                c.setAutoCommit(true);
            }
        }

        private long rows(String sql, Object... args) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                long n = 0;
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= columns; k++) {
                            rs.getObject(k);
                        }
                        n++;
                    }
                }
                return n;
            }
        }

        private long count(String sql, Object... args) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    private static Connection connect(DatabaseConfig config) throws SQLException {
        return config.kind() == DatabaseKind.H2 ? DriverManager.getConnection(config.jdbcUrl(), config.user(),
                config.password()) : DriverManager.getConnection(config.jdbcUrl());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static String markdown(List<Section> sections) {
        StringBuilder b = new StringBuilder("# Register benchmark\n\n");
        b.append(String.format(Locale.ROOT, "Seed %d, %,d documents; %d warm-up runs, then %d repetitions (%d after %d for the "
                        + "point-in-time view and the tally); JDK %s, %d cores, max heap %d MB.%n%n",
                DemoRegisterGenerator.DEFAULT_SEED, DOCUMENTS, WARMUP, REPS, SLOW_REPS, SLOW_WARMUP,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        for (Section s : sections) {
            b.append("## ").append(s.database()).append("\n\n");
            if (s.loadMs() == 0) {
                b.append(String.format(Locale.ROOT, "The kept register of %,d documents and %,d filings, loaded by an "
                                + "earlier run (bench.keep); search index built in %,d ms (0: not needed by the actions "
                                + "timed).%n%n", s.documents(), s.filings(), s.indexMs()));
            } else {
                b.append(String.format(Locale.ROOT, "Loaded %,d documents and %,d filings in %,d ms (%,.0f documents/s, "
                                + "bulk path); search index built in %,d ms. Heap used after GC with the register open: "
                                + "%d MB; peak heap while generating and loading: %d MB.%n%n", s.documents(), s.filings(),
                        s.loadMs(), s.documents() * 1000.0 / Math.max(1, s.loadMs()), s.indexMs(), s.heapAfterLoadMb(),
                        s.peakHeapMb()));
            }
            b.append("| Action | p50 ms | p99 ms | floor p50 ms | floor p99 ms | p50 ratio | target p99 | met | note |\n");
            b.append("|---|---:|---:|---:|---:|---:|---:|:-:|---|\n");
            for (Timing t : s.timings()) {
                b.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | < %d ms | %s | %s |%n",
                        t.action(), t.p50(), t.p99(), t.floorP50(), t.floorP99(), t.p50() / Math.max(0.001, t.floorP50()),
                        t.targetMs(), t.p99() < t.targetMs() ? "yes" : "**no**", t.note()));
            }
            b.append('\n');
        }
        return b.toString();
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
        } catch (SQLException e) {
            System.err.println("could not drop " + schema + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
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
