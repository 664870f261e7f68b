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
    private static final long FINALIZE_TARGET_MS = 10_000;
    /** Documents in the timed cleanup campaign (the issue's 10k); halved when the register has fewer in force. */
    private static final int CAMPAIGN = Integer.getInteger("bench.campaign", 10_000);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String TITLE_WORD = "管理";
    private static final LocalDate POINT_IN_TIME = LocalDate.of(2019, 12, 31);

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
        Path h2 = out.resolve("h2");
        deleteTree(h2);
        sections.add(run("H2 (embedded file)", DatabaseConfig.embedded(h2), h2.resolve("index")));
        if (TestDatabases.postgresUrl().isPresent()) {
            Path pg = out.resolve("pg");
            deleteTree(pg);
            DatabaseConfig config = TestDatabases.fresh(DatabaseKind.POSTGRESQL, pg);
            try {
                sections.add(run("PostgreSQL", config, pg.resolve("index")));
            } finally {
                dropSchema(config);
            }
        }
        String report = markdown(sections);
        Files.writeString(out.resolve("register-bench.md"), report);
        System.out.println(report);
    }

    private static Section run(String label, DatabaseConfig config, Path indexFolder) throws Exception {
        System.out.printf("%s: generating %,d documents …%n", label, DOCUMENTS);
        resetPeaks();
        DemoRegister demo = DemoRegisterGenerator.generate(DemoRegisterGenerator.DEFAULT_SEED, DOCUMENTS);
        String oddNumber = oddBrackets(demo.documents().get(demo.documents().size() / 3).docNumber());
        int filings = demo.filings().size();
        try (Workspace ws = Workspace.open(config, indexFolder.resolveSibling("attachments"), indexFolder, CLOCK,
                () -> "bench")) {
            long start = System.nanoTime();
            ws.demo().importRegister(demo, Progress.NONE);
            long loadMs = (System.nanoTime() - start) / 1_000_000;
            demo = null;
            System.out.printf("%s: loaded in %,d ms; building the search index …%n", label, loadMs);
            start = System.nanoTime();
            ws.search().rebuild();
            long indexMs = (System.nanoTime() - start) / 1_000_000;
            long heapAfter = usedHeapAfterGc();
            long peak = peakHeap();

            List<Timing> timings = new ArrayList<>();
            try (Connection jdbc = connect(config)) {
                Floors floors = new Floors(jdbc);
                DocumentQuery all = DocumentQuery.all().page(0, PAGE);
                timings.add(time("Open the register (first page of " + PAGE + " + count + facets)",
                        () -> ws.search().search(all), floors::openRegister, REPS, INTERACTIVE_TARGET_MS,
                        "floor: page + count by JDBC, no facets"));
                int wordHits = ws.search().count(DocumentQuery.text(TITLE_WORD));
                timings.add(time("Search a title word “" + TITLE_WORD + "” (" + wordHits + " hits, ranked, facets)",
                        () -> ws.search().search(DocumentQuery.text(TITLE_WORD).page(0, PAGE)),
                        () -> floors.like(TITLE_WORD), REPS, INTERACTIVE_TARGET_MS,
                        "floor: LIKE '%…%' page + count (today's DocumentStore.search), no ranking, no facets"));
                timings.add(time("Search a 文号 in odd brackets “" + oddNumber + "”",
                        () -> ws.search().search(DocumentQuery.text(oddNumber).page(0, PAGE)),
                        () -> floors.like(org.normdesk.domain.common.DocNumber.parse(oddNumber).orElseThrow().normalized()),
                        REPS, INTERACTIVE_TARGET_MS, "floor: LIKE on title and normalized 文号, page + count"));
                DocumentQuery three = DocumentQuery.all().withStatuses(Set.of(LifecycleStatus.VALID))
                        .withTypes(Set.of(DocumentType.DEPARTMENT_NORMATIVE)).withYear(2019).page(0, PAGE);
                timings.add(time("Apply three facets (status + type + year) with all facet counts",
                        () -> ws.search().search(three), floors::threeFacets, REPS, INTERACTIVE_TARGET_MS,
                        "floor: page + count + 5 GROUP BYs by JDBC"));
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
                timings.add(time("Point in time: in force on " + POINT_IN_TIME + " (all rows)",
                        () -> ws.lifecycle().inForceOn(POINT_IN_TIME, null),
                        () -> floors.inForceOn(POINT_IN_TIME), SLOW_REPS, INTERACTIVE_TARGET_MS,
                        ws.lifecycle().inForceOn(POINT_IN_TIME, null).size() + " rows; floor: the same SQL by JDBC"));
                var tally2019 = ws.tally().tally(2019, null);
                timings.add(time("Year tally 2019 (TallyService.tally)", () -> ws.tally().tally(2019, null),
                        () -> floors.tally(2019), SLOW_REPS, TALLY_TARGET_MS,
                        String.format(Locale.ROOT, "%,d issued, %,d received, %,d filed; floor: the tally's queries "
                                        + "by JDBC, no Java-side rules", tally2019.count(TallyItem.ISSUED),
                                tally2019.count(TallyItem.RECEIVED), tally2019.count(TallyItem.FILED))));
                Set<FilingState> open = EnumSet.of(FilingState.RECEIVED, FilingState.RETURNED_FOR_CORRECTION,
                        FilingState.REGISTERED, FilingState.UNDER_REVIEW);
                timings.add(time("Open the intake queue (open filings with their deadlines)",
                        () -> ws.filings().queue(open), () -> floors.openFilings(open), SLOW_REPS, INTERACTIVE_TARGET_MS,
                        ws.filings().queue(open).size() + " filings; floor: the same rows by JDBC, no deadlines"));
                // last: it changes the register the other actions read
                timings.add(finalizeCampaign(ws, jdbc, floors));
            }
            return new Section(label, DOCUMENTS, filings, loadMs, indexMs, heapAfter, peak, timings);
        }
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

    /** p50 and p99 in ms after warm-up; service and floor alternate blocks, never overlap. */
    private static double[] measure(Action action, int warmup, int reps) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        long[] nanos = new long[reps];
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            Object result = action.run();
            nanos[i] = System.nanoTime() - start;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
        Arrays.sort(nanos);
        return new double[]{nanos[reps / 2] / 1e6, nanos[(int) Math.ceil(reps * 0.99) - 1] / 1e6};
    }

    /** The same questions as plain JDBC: what the database itself needs, with nothing of ours around it. */
    private static final class Floors {
        private static final String COLUMNS = "select d.id, d.title, d.doc_number_raw, d.doc_number_parsed, i.name, "
                + "d.doc_type, d.status, d.published_date, d.effective_date, d.valid_until from document d "
                + "join issuer i on i.id = d.lead_issuer_id ";
        private static final String ORDER = " order by d.published_date desc nulls last, d.id desc limit " + PAGE;
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
         * seven statements fit its per-session cache, so a comment with the run number makes each run count afresh,
         * as the service (whose statements do not all fit) does.
         */
        private long tallyRun;

        Object tally(int year) throws SQLException {
            String fresh = "/* run " + (++tallyRun) + " */ ";
            java.sql.Date first = java.sql.Date.valueOf(LocalDate.of(year, 1, 1));
            java.sql.Date last = java.sql.Date.valueOf(LocalDate.of(year, 12, 31));
            java.sql.Timestamp from = java.sql.Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay().minusHours(8));
            java.sql.Timestamp to = java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay().minusHours(8));
            String facts = "select f.id, f.document_id, f.filing_unit_id, f.received_date, d.published_date, f.state, "
                    + "f.registered_date from filing f join document d on d.id = f.document_id ";
            long n = rows(fresh + facts + "where f.received_date between ? and ? order by f.received_date, f.id", first, last);
            n += rows(fresh + "select f.document_id from filing f where f.registered_date between ? and ? "
                    + "order by f.received_date, f.id", first, last);
            for (String decision : List.of("RETURN", "REJECT")) {
                n += rows(fresh + "select distinct f.document_id from formal_check c join filing f on f.id = c.filing_id "
                        + "where c.decision = ? and c.checked_at between ? and ? order by f.document_id",
                        decision, from, to);
            }
            n += rows(fresh + "select distinct f.document_id from filing_event e join filing f on f.id = e.filing_id "
                    + "where e.to_state = 'REVIEW_CONCLUDED' and e.occurred_at between ? and ? order by f.document_id",
                    from, to);
            // the published documents with their filings and the first package's required materials, in one pass
            n += rows(fresh + "select d.id, d.published_date, f.id, f.filing_unit_id, f.received_date, f.state, "
                    + "f.registered_date, (select count(*) from filing_submission s join filing_material m "
                    + "on m.submission_id = s.id where s.filing_id = f.id and s.seq = 1 and m.present and m.kind in "
                    + "('FILING_REPORT', 'OFFICIAL_TEXT', 'DRAFTING_EXPLANATION', 'LEGAL_BASIS', "
                    + "'LEGALITY_REVIEW_OPINION')) from document d "
                    + "left join filing f on f.document_id = d.id where d.published_date between ? and ? "
                    + "order by d.id, f.received_date, f.id", first, last);
            n += rows(fresh + "select i.decision, i.document_id from campaign_item i join campaign c on c.id = i.campaign_id "
                    + "where c.state = 'FINALIZED' and c.approved_on between ? and ? order by i.document_id", first, last);
            return n;
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
            b.append(String.format(Locale.ROOT, "Loaded %,d documents and %,d filings in %,d ms (%,.0f documents/s, "
                            + "bulk path); search index built in %,d ms. Heap used after GC with the register open: "
                            + "%d MB; peak heap while generating and loading: %d MB.%n%n", s.documents(), s.filings(),
                    s.loadMs(), s.documents() * 1000.0 / Math.max(1, s.loadMs()), s.indexMs(), s.heapAfterLoadMb(),
                    s.peakHeapMb()));
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
