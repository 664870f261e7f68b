package org.normdesk.service.demo;

import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Builds the demo register a new user sees: one city (濮阳市, its government, general office, 18 departments,
 * five counties and four districts) with documents from 2012 to 2020, their lifecycle histories and the
 * filings counties and departments sent the city government, as the register stood on {@link #AS_OF}.
 *
 * <p>The output depends only on the seed and the document count: one {@link SplittableRandom}, lists only,
 * no clock. Above {@link #SINGLE_CITY_MAX} documents the register spans Henan's 18 cities, each with its own
 * counties and departments, for province-scale benchmarks.
 *
 * <p>The 濮阳 part is shaped after the city's 2019 report (seed report 000): in 2019 the city government
 * issued 3 government rules (the real ones: 医疗废物, 燃气, 集中供热) and 17 normative documents; the bureau
 * received 62 filings from counties/districts and departments and registered 24 of them in 2019; the 2019
 * cleanup was approved by the 32nd executive meeting on 2019-08-23. Titles and numbers are invented; at
 * other document counts these figures scale with the count.
 */
public final class DemoRegisterGenerator {
    /** The seed the shipped {@code data/demo/demo-register.json} was generated with (the seed report's date). */
    public static final long DEFAULT_SEED = 20191220L;
    public static final int DEFAULT_DOCUMENT_COUNT = 600;
    /** The day the demo register shows: statuses and filings are as they stood at its end. */
    public static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);
    public static final int FIRST_YEAR = 2012;
    public static final int LAST_YEAR = 2020;
    public static final int MIN_DOCUMENT_COUNT = 100;
    /** Up to this many documents the register is one city; above it, 18. */
    public static final int SINGLE_CITY_MAX = 5_000;
    public static final String SHIPPED_FILE = "data/demo/demo-register.json";
    public static final String REASON_VALIDITY_ENDED = "有效期届满";

    /** Filings are received this many days after publication. */
    public static final int MIN_FILING_LAG = 3;
    public static final int MAX_FILING_LAG = 40;

    /** The home city's 2019 figures at {@link #DEFAULT_DOCUMENT_COUNT} documents (seed report 000). */
    static final int RECEIVED_2019 = 62;
    static final int REGISTERED_2019 = 24;
    static final int GOVERNMENT_NORMATIVE_2019 = 17;
    /** What the demo assumes about the 38 filings the report does not explain. */
    static final int REJECTED_2019 = 2;
    static final int RETURNED_NOT_REFILED_2019 = 4;
    static final int RETURNED_REFILED_2019 = 10;
    static final int HOME_MEETING_NO = 32;
    static final LocalDate HOME_MEETING_DATE = LocalDate.of(2019, 8, 23);
    static final LocalDate HOME_CLEANUP_PUBLISHED = LocalDate.of(2019, 8, 30);

    private static final int[] YEARS = {2012, 2013, 2014, 2015, 2016, 2017, 2018, 2020};
    private static final double[] YEAR_WEIGHTS = {0.75, 0.8, 0.85, 0.9, 1.0, 1.05, 1.1, 1.0};
    private static final double GOVERNMENT_SHARE = 0.215;

    private DemoRegisterGenerator() {
    }

    /** The shipped demo: {@link #DEFAULT_SEED}, {@link #DEFAULT_DOCUMENT_COUNT} documents. */
    public static DemoRegister generate() {
        return generate(DEFAULT_SEED, DEFAULT_DOCUMENT_COUNT);
    }

    /** Exactly {@code documentCount} documents; the same seed and count always give the same register. */
    public static DemoRegister generate(long seed, int documentCount) {
        if (documentCount < MIN_DOCUMENT_COUNT) {
            throw new IllegalArgumentException("a demo register needs at least " + MIN_DOCUMENT_COUNT
                    + " documents, not " + documentCount);
        }
        return new Run(seed, documentCount).build();
    }

    /**
     * Writes a generated register. Arguments, all optional: output file (default {@value #SHIPPED_FILE}),
     * seed (default {@value #DEFAULT_SEED}), document count (default {@value #DEFAULT_DOCUMENT_COUNT}).
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : SHIPPED_FILE);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_DOCUMENT_COUNT;
        DemoRegister register = generate(seed, count);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            DemoRegisterService.write(register, stream);
        }
        System.out.println("wrote " + out + ": seed " + seed + ", " + register.documents().size() + " documents, "
                + register.issuers().size() + " issuers, " + register.filings().size() + " filings");
    }

    // ------------------------------------------------------------------------------------------------------

    private enum Role { CITY_GOV, CITY_OFFICE, DEPARTMENT, COUNTY_GOV, COUNTY_OFFICE, ZONE }

    private enum Kind { NORMAL, NOTICE, RULE, AMEND, REPEAL, CLEANUP }

    private enum Cause { AMENDED, REPEALED, CLEANUP_REPEAL, CLEANUP_EXPIRE, VALIDITY }

    private enum Outcome { DIRECT, REJECT, RETURN_NOT_REFILED, RETURN_REFILED }

    private static final class Org {
        final String key;
        final String name;
        final String code;
        final OrgLevel level;
        final OrgKind kind;
        final Org parent;
        final Role role;
        /** How titles name the place: 濮阳市, 清丰县, 华龙区. */
        final String place;
        /** Index into {@link DemoCatalogue#DEPARTMENTS}, -1 for other bodies. */
        final int department;
        final double weight;
        /** Documents it issued as lead body, in publication order (candidates for amendment and repeal). */
        final List<Doc> issued = new ArrayList<>();

        Org(String key, String name, String code, OrgLevel level, OrgKind kind, Org parent, Role role,
            String place, int department, double weight) {
            this.key = key;
            this.name = name;
            this.code = code;
            this.level = level;
            this.kind = kind;
            this.parent = parent;
            this.role = role;
            this.place = place;
            this.department = department;
            this.weight = weight;
        }

        boolean issuesGovernmentDocuments() {
            return kind.issuesGovernmentDocuments();
        }
    }

    private record Change(LifecycleStatus to, LocalDate on, Cause cause, Doc by) {
    }

    private static final class Doc {
        final int seq;
        final CityRun city;
        final Org lead;
        List<Org> issuers;
        LocalDate published;
        /** Planned receipt of its filing; null when it is not filed with the city government. */
        final LocalDate receipt;
        Kind kind;
        String title;
        /** How other documents cite it: the inner title, or the title without the issuer's name. */
        String cite;
        String area;
        boolean provisional;
        boolean numbered = true;
        LocalDate signed;
        LocalDate effective;
        LocalDate validUntil;
        String docNumber;
        String canonicalNumber;
        LifecycleStatus initial;
        LifecycleStatus status;
        final List<Change> changes = new ArrayList<>();
        int lastAmendedYear;
        String key;

        Doc(int seq, CityRun city, Org lead, LocalDate published, LocalDate receipt) {
            this.seq = seq;
            this.city = city;
            this.lead = lead;
            this.issuers = List.of(lead);
            this.published = published;
            this.receipt = receipt;
        }

        LocalDate naturalEnd() {
            return validUntil == null ? null : validUntil.plusDays(1);
        }

        boolean inForceOn(LocalDate day) {
            return status.isInForce() && !effective.isAfter(day) && (naturalEnd() == null || naturalEnd().isAfter(day));
        }

        void change(LifecycleStatus to, LocalDate on, Cause cause, Doc by) {
            changes.add(new Change(to, on, cause, by));
            status = to;
        }
    }

    private record Event(FilingState to, LocalDate on, String note, boolean registers) {
    }

    private static final class FilingPlan {
        final Doc doc;
        final FilingChannel channel;
        final List<Event> events = new ArrayList<>();
        final Map<Integer, String> registrationNumbers = new TreeMap<>();

        FilingPlan(Doc doc, FilingChannel channel) {
            this.doc = doc;
            this.channel = channel;
        }

        void add(FilingState to, LocalDate on, String note) {
            events.add(new Event(to, on, note, false));
        }

        void register(LocalDate on, String note) {
            events.add(new Event(FilingState.REGISTERED, on, note, true));
        }

        /** Keeps what had happened by {@link #AS_OF}. */
        void truncate() {
            events.removeIf(e -> e.on().isAfter(AS_OF));
        }
    }

    // ------------------------------------------------------------------------------------------------------

    /** One generation: issuers, then each city's documents and filings, then the records. */
    private static final class Run {
        final long seed;
        final int documentCount;
        final SplittableRandom root;
        final List<Org> orgs = new ArrayList<>();
        final Set<String> orgNames = new HashSet<>();
        final List<CityRun> cities = new ArrayList<>();
        /** Titles and citations used per publication year: never two identical titles in a year. */
        final Map<Integer, Set<String>> titlesByYear = new HashMap<>();
        final Map<LocalDate, String> isoDays = new HashMap<>();

        Run(long seed, int documentCount) {
            this.seed = seed;
            this.documentCount = documentCount;
            this.root = new SplittableRandom(seed);
        }

        DemoRegister build() {
            List<DemoCatalogue.City> chosen = documentCount <= SINGLE_CITY_MAX
                    ? DemoCatalogue.HENAN.stream().filter(c -> c.name().equals(DemoCatalogue.HOME_CITY)).toList()
                    : DemoCatalogue.HENAN;
            double[] weights = chosen.stream().mapToDouble(DemoCatalogue.City::weight).toArray();
            int[] counts = apportion(documentCount, weights);
            for (int i = 0; i < chosen.size(); i++) {
                CityRun city = new CityRun(this, i, chosen.get(i), counts[i], root.split());
                cities.add(city);
                city.createIssuers();
            }
            for (CityRun city : cities) {
                city.planDocuments();
                city.writeDocuments();
                city.number();
                city.planFilings();
            }
            return assemble();
        }

        Org addOrg(String name, String code, OrgLevel level, OrgKind kind, Org parent, Role role, String place,
                   int department, double weight) {
            if (!orgNames.add(name)) {
                throw new IllegalStateException("two issuers named " + name);
            }
            Org org = new Org("org-" + pad(orgs.size() + 1, 4), name, code, level, kind, parent, role, place,
                    department, weight);
            orgs.add(org);
            return org;
        }

        /** ISO strings of the few thousand distinct days, made once (a 100k register has a million dates). */
        String iso(LocalDate day) {
            return day == null ? null : isoDays.computeIfAbsent(day, LocalDate::toString);
        }

        boolean claimTitle(int year, String title, String cite) {
            Set<String> used = titlesByYear.computeIfAbsent(year, y -> new HashSet<>(documentCount / 3));
            if (used.contains(title)) {
                return false;
            }
            // an inner title names its place (濮阳市城市绿化管理办法): keep it unique whether wrapped or bare
            String citeKey = cite.startsWith("关于") ? null : "§" + cite;
            if (citeKey != null && !used.add(citeKey)) {
                return false;
            }
            used.add(title);
            return true;
        }

        DemoRegister assemble() {
            List<Doc> all = new ArrayList<>();
            cities.forEach(c -> all.addAll(c.docs));
            all.sort(Comparator.comparing((Doc d) -> d.published).thenComparingInt(d -> d.city.index)
                    .thenComparingInt(d -> d.seq));
            int width = Math.max(6, String.valueOf(all.size()).length());
            for (int i = 0; i < all.size(); i++) {
                all.get(i).key = "doc-" + pad(i + 1, width);
            }
            List<DemoRegister.IssuerEntry> issuers = orgs.stream().map(o -> new DemoRegister.IssuerEntry(o.key,
                    o.name, o.code, o.level.name(), o.kind.name(), o.parent == null ? null : o.parent.key)).toList();
            List<DemoRegister.DocumentEntry> documents = all.stream().map(this::entry).toList();

            List<FilingPlan> plans = new ArrayList<>();
            cities.forEach(c -> plans.addAll(c.filings));
            plans.sort(Comparator.comparing((FilingPlan f) -> f.events.get(0).on()).thenComparing(f -> f.doc.key));
            List<DemoRegister.FilingEntry> filings = plans.stream().map(this::entry).toList();
            return new DemoRegister(describe(documents, filings), seed, issuers, documents, filings);
        }

        DemoRegister.DocumentEntry entry(Doc d) {
            List<DemoRegister.HistoryEntry> history = d.changes.stream().map(c -> new DemoRegister.HistoryEntry(
                    c.to().name(), iso(c.on()), reason(d, c), c.by() == null ? null : c.by().key)).toList();
            DocumentType type = d.kind == Kind.RULE ? DocumentType.GOVERNMENT_RULE
                    : d.lead.issuesGovernmentDocuments() ? DocumentType.GOVERNMENT_NORMATIVE
                    : DocumentType.DEPARTMENT_NORMATIVE;
            return new DemoRegister.DocumentEntry(d.key, d.title, d.docNumber,
                    d.issuers.stream().map(o -> o.key).toList(), type.name(), d.area, iso(d.signed),
                    iso(d.published), iso(d.effective), iso(d.validUntil), d.initial.name(), history);
        }

        DemoRegister.FilingEntry entry(FilingPlan f) {
            List<DemoRegister.FilingEventEntry> events = new ArrayList<>();
            for (Event e : f.events) {
                events.add(new DemoRegister.FilingEventEntry(e.to().name(), iso(e.on()), e.note(),
                        e.registers() ? f.registrationNumbers.get(e.on().getYear()) : null));
            }
            return new DemoRegister.FilingEntry(f.doc.key, f.doc.lead.key, iso(f.events.get(0).on()),
                    f.channel.name(), events);
        }

        static String reason(Doc d, Change c) {
            return switch (c.cause()) {
                case VALIDITY -> REASON_VALIDITY_ENDED;
                case AMENDED -> "经《" + nested(c.by().title) + "》（" + c.by().canonicalNumber + "）修改";
                case REPEALED -> "经《" + nested(c.by().title) + "》（" + c.by().canonicalNumber + "）废止";
                case CLEANUP_REPEAL -> d.city.cleanupReason("予以废止");
                case CLEANUP_EXPIRE -> d.city.cleanupReason("宣布失效");
            };
        }

        String describe(List<DemoRegister.DocumentEntry> documents, List<DemoRegister.FilingEntry> filings) {
            Map<LifecycleStatus, Integer> byStatus = new EnumMap<>(LifecycleStatus.class);
            for (DemoRegister.DocumentEntry d : documents) {
                byStatus.merge(finalStatus(d), 1, Integer::sum);
            }
            Map<FilingState, Integer> byState = new EnumMap<>(FilingState.class);
            for (DemoRegister.FilingEntry f : filings) {
                byState.merge(FilingState.valueOf(f.events().get(f.events().size() - 1).to()), 1, Integer::sum);
            }
            StringBuilder s = new StringBuilder();
            s.append("Generated demo data, not real records: DemoRegisterGenerator, seed ").append(seed).append(", ")
                    .append(documentCount).append(" documents, as the register stood on ").append(AS_OF).append(". ");
            if (cities.size() == 1) {
                CityRun home = cities.get(0);
                s.append("Models one city register at the 濮阳市 justice bureau (濮阳市司法局): the city government and "
                        + "its general office, 18 city departments, 5 counties and 4 districts (华龙区 and three "
                        + "management committees), documents published 2012–2020 with their lifecycle histories "
                        + "(amendments, repeals, expiry when the validity period ends, the 2019 cleanup approved by "
                        + "市政府第32次常务会议 on 2019-08-23), and the filings counties/districts and departments "
                        + "sent the city government from 2018. The real place and body names, the three 2019 "
                        + "government rules and the 2019 totals follow the city's 2019 report; titles, 文号 and "
                        + "dates are invented, and documents from before the 2018–2019 institutional reform are listed "
                        + "under today's successor bodies (e.g. 濮阳市农业农村局 for the former 农业局). ");
                s.append(home.summary2019());
            } else {
                s.append("Province-scale register for benchmarks: Henan's ").append(cities.size())
                        .append(" cities, each with its government, general office, 18 departments and its counties "
                                + "and districts; documents 2012–2020 and the filings counties and departments sent "
                                + "their city government from 2018. ");
            }
            s.append("Documents by status: ").append(byStatus).append("; filings by state: ").append(byState)
                    .append('.');
            return s.toString();
        }
    }

    static LifecycleStatus finalStatus(DemoRegister.DocumentEntry d) {
        return LifecycleStatus.valueOf(d.history().isEmpty() ? d.initialStatus()
                : d.history().get(d.history().size() - 1).to());
    }

    // ------------------------------------------------------------------------------------------------------

    /** One city: its bodies, documents and filings, from its own random stream. */
    private static final class CityRun {
        final Run run;
        final int index;
        final DemoCatalogue.City city;
        final boolean home;
        final int count;
        final SplittableRandom rng;
        final String registrationPrefix;
        Org government;
        Org office;
        final List<Org> departments = new ArrayList<>();
        /** County governments, county general offices and management committees. */
        final List<Org> locals = new ArrayList<>();
        final List<Doc> docs = new ArrayList<>();
        final List<FilingPlan> filings = new ArrayList<>();
        int meetingNo;
        LocalDate meetingDate;
        Doc cleanup;
        int cleanupRepealed;
        int cleanupExpired;
        int cleanupReviewed;
        private int nextSeq;

        CityRun(Run run, int index, DemoCatalogue.City city, int count, SplittableRandom rng) {
            this.run = run;
            this.index = index;
            this.city = city;
            this.home = city.name().equals(DemoCatalogue.HOME_CITY);
            this.count = count;
            this.rng = rng;
            this.registrationPrefix = city.code() + "规备";
        }

        // ---- issuers ----

        void createIssuers() {
            String c = city.name();
            government = run.addOrg(c + "人民政府", city.code() + "政", OrgLevel.CITY, OrgKind.GOVERNMENT, null,
                    Role.CITY_GOV, c, -1, 0.4);
            office = run.addOrg(c + "人民政府办公室", city.code() + "政办", OrgLevel.CITY, OrgKind.GENERAL_OFFICE,
                    government, Role.CITY_OFFICE, c, -1, 0.6);
            for (int i = 0; i < DemoCatalogue.DEPARTMENTS.size(); i++) {
                DemoCatalogue.Department d = DemoCatalogue.DEPARTMENTS.get(i);
                departments.add(run.addOrg(c + d.name(), city.code() + d.codeSuffix(), OrgLevel.CITY,
                        OrgKind.DEPARTMENT, government, Role.DEPARTMENT, c, i, d.weight()));
            }
            if (home) {
                for (DemoCatalogue.HomeCounty h : DemoCatalogue.HOME_COUNTIES) {
                    if (h.zone()) {
                        locals.add(run.addOrg(h.governmentName(), h.code(), OrgLevel.COUNTY, OrgKind.DISPATCHED_AGENCY,
                                government, Role.ZONE, h.place(), -1, 0.5));
                    } else {
                        addCounty(h.governmentName(), h.place(), h.code());
                    }
                }
            } else {
                Set<String> codes = new HashSet<>();
                codes.add(government.code);
                for (String county : city.counties()) {
                    String shortName = county.substring(0, county.length() - 1);
                    String code = shortName.charAt(0) + "政";
                    if (!codes.add(code)) {
                        code = shortName.substring(0, Math.min(2, shortName.length())) + "政";
                        if (!codes.add(code)) {
                            code = shortName + "政";
                            codes.add(code);
                        }
                    }
                    String name = county.endsWith("区") ? c + county + "人民政府" : county + "人民政府";
                    addCounty(name, county, code);
                }
            }
        }

        private void addCounty(String governmentName, String place, String code) {
            Org gov = run.addOrg(governmentName, code, OrgLevel.COUNTY, OrgKind.GOVERNMENT, government,
                    Role.COUNTY_GOV, place, -1, 0.55);
            locals.add(gov);
            locals.add(run.addOrg(governmentName + "办公室", code + "办", OrgLevel.COUNTY, OrgKind.GENERAL_OFFICE, gov,
                    Role.COUNTY_OFFICE, place, -1, 0.45));
        }

        // ---- document slots: who publishes when ----

        void planDocuments() {
            double scale = count / (double) DEFAULT_DOCUMENT_COUNT;
            int rules = planRules();
            cleanup = newDoc(government, HOME_CLEANUP_PUBLISHED, null);
            if (home) {
                meetingNo = HOME_MEETING_NO;
                meetingDate = HOME_MEETING_DATE;
            } else {
                meetingNo = between(18, 40);
                meetingDate = workday(LocalDate.of(2019, 5, 6).plusDays(between(0, 200)));
                cleanup.published = workday(meetingDate.plusDays(between(5, 14)));
            }
            cleanup.kind = Kind.CLEANUP;
            int government2019 = Math.max(1, (int) Math.round(GOVERNMENT_NORMATIVE_2019 * scale)) - 1;
            int received2019 = (int) Math.round(RECEIVED_2019 * scale);
            int notYetReceived = Math.max(1, (int) Math.round(3 * scale));
            int rest = count - rules - 1 - government2019 - received2019 - notYetReceived;
            if (rest < 0) {
                throw new IllegalStateException("too few documents for " + city.name() + ": " + count);
            }
            for (int i = 0; i < government2019; i++) {
                newDoc(governmentBody(), dayIn(2019), null);
            }
            for (int i = 0; i < received2019; i++) {
                filedDoc(2019);
            }
            for (int i = 0; i < notYetReceived; i++) {
                // published in the last weeks of the year: the filing has not arrived by AS_OF
                newDoc(filingBody(), workdayBack(LocalDate.of(LAST_YEAR, 12, 10).plusDays(between(0, 21))), null);
            }
            double[] weights = new double[YEARS.length * 2];
            for (int i = 0; i < YEARS.length; i++) {
                weights[2 * i] = GOVERNMENT_SHARE * YEAR_WEIGHTS[i];
                weights[2 * i + 1] = (1 - GOVERNMENT_SHARE) * YEAR_WEIGHTS[i];
            }
            int[] slots = apportion(rest, weights);
            for (int i = 0; i < YEARS.length; i++) {
                int year = YEARS[i];
                for (int k = 0; k < slots[2 * i]; k++) {
                    newDoc(governmentBody(), dayIn(year), null);
                }
                for (int k = 0; k < slots[2 * i + 1]; k++) {
                    if (year >= 2018) {
                        filedDoc(year);
                    } else {
                        newDoc(filingBody(), dayIn(year), null);
                    }
                }
            }
        }

        private int planRules() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < DemoCatalogue.RULE_TOPICS.size(); i++) {
                order.add(i);
            }
            if (!home) {
                shuffle(order);
            }
            int next = 0;
            for (int[] perYear : DemoCatalogue.RULES_PER_YEAR) {
                for (int i = 0; i < perYear[1]; i++) {
                    int topic = order.get(next++);
                    Doc rule;
                    if (home && perYear[0] == 2019) {
                        // the city's real 2019 rules: 医疗废物 issued 2019-06-22; 燃气 and 集中供热 passed on 2019-07-22
                        boolean medicalWaste = i == 0;
                        rule = newDoc(government, medicalWaste ? LocalDate.of(2019, 6, 22) : LocalDate.of(2019, 8, 6),
                                null);
                        rule.signed = medicalWaste ? LocalDate.of(2019, 6, 12) : LocalDate.of(2019, 7, 22);
                        rule.effective = medicalWaste ? LocalDate.of(2019, 8, 1) : LocalDate.of(2019, 10, 1);
                    } else {
                        rule = newDoc(government, dayIn(perYear[0]), null);
                    }
                    rule.kind = Kind.RULE;
                    rule.title = city.name() + DemoCatalogue.RULE_TOPICS.get(topic);
                    rule.cite = rule.title;
                    rule.area = DemoCatalogue.RULE_AREAS.get(topic);
                    // claimed before any ordinary document is written, so none takes a rule's name
                    claimOrThrow(rule);
                }
            }
            return next;
        }

        private Doc newDoc(Org lead, LocalDate published, LocalDate receipt) {
            Doc d = new Doc(nextSeq++, this, lead, published, receipt);
            docs.add(d);
            return d;
        }

        /** A county or department document whose filing arrives in {@code receiptYear}. */
        private void filedDoc(int receiptYear) {
            LocalDate receipt = dayIn(receiptYear);
            int lag = rng.nextDouble() < 0.82 ? between(MIN_FILING_LAG, 28) : between(31, MAX_FILING_LAG - 2);
            newDoc(filingBody(), workdayBack(receipt.minusDays(lag)), receipt);
        }

        private Org governmentBody() {
            return rng.nextDouble() < government.weight ? government : office;
        }

        /** A body that files with the city government: a department, county government or office, or zone. */
        private Org filingBody() {
            if (locals.isEmpty() || rng.nextDouble() < 0.62) {
                return pickWeighted(departments);
            }
            return pickWeighted(locals);
        }

        private Org pickWeighted(List<Org> candidates) {
            double total = 0;
            for (Org o : candidates) {
                total += o.weight;
            }
            double r = rng.nextDouble() * total;
            for (Org o : candidates) {
                r -= o.weight;
                if (r < 0) {
                    return o;
                }
            }
            return candidates.get(candidates.size() - 1);
        }

        // ---- contents and lifecycles, in publication order ----

        void writeDocuments() {
            docs.sort(Comparator.comparing((Doc d) -> d.published).thenComparingInt(d -> d.seq));
            for (Doc d : docs) {
                switch (d.kind == null ? Kind.NORMAL : d.kind) {
                    case RULE -> writeRule(d);
                    case CLEANUP -> writeCleanup(d);
                    default -> writeOrdinary(d);
                }
                d.initial = d.effective.isAfter(AS_OF) ? LifecycleStatus.NOT_YET_EFFECTIVE : LifecycleStatus.VALID;
                d.status = d.initial;
                d.lead.issued.add(d);
            }
            for (Doc d : docs) {
                LocalDate end = d.naturalEnd();
                if (d.status.isInForce() && end != null && !end.isAfter(AS_OF)) {
                    d.change(LifecycleStatus.EXPIRED, end, Cause.VALIDITY, null);
                }
            }
        }

        private void writeRule(Doc d) {
            if (d.signed == null) {
                d.signed = workdayBack(d.published.minusDays(between(7, 20)));
                d.effective = d.published.plusDays(30).withDayOfMonth(1).plusMonths(1);
            }
        }

        private void writeCleanup(Doc d) {
            d.title = government.name + "关于公布规范性文件清理结果的决定";
            d.cite = d.title.substring(government.name.length());
            d.area = "法治建设";
            claimOrThrow(d);
            d.signed = meetingDate;
            d.effective = d.published;
            LocalDate on = d.published;
            for (Org body : List.of(government, office)) {
                for (Doc target : body.issued) {
                    if (target.kind != Kind.NORMAL && target.kind != Kind.NOTICE
                            || target.published.getYear() >= 2019 || !target.inForceOn(on)) {
                        continue;
                    }
                    cleanupReviewed++;
                    double r = rng.nextDouble();
                    if (r < 0.08) {
                        target.change(LifecycleStatus.REPEALED, on, Cause.CLEANUP_REPEAL, d);
                        cleanupRepealed++;
                    } else if (r < 0.14) {
                        target.change(LifecycleStatus.EXPIRED, on, Cause.CLEANUP_EXPIRE, d);
                        cleanupExpired++;
                    }
                }
            }
        }

        String cleanupReason(String result) {
            return "规范性文件清理：经市政府第" + meetingNo + "次常务会议（" + chineseDate(meetingDate) + "）审议通过，"
                    + result + "（" + cleanup.canonicalNumber + "）";
        }

        private void writeOrdinary(Doc d) {
            double r = rng.nextDouble();
            if (r < 0.045 && tryAmend(d)) {
                decisionDates(d);
                return;
            }
            if (r >= 0.045 && r < 0.075 && tryRepeal(d)) {
                decisionDates(d);
                return;
            }
            if (r >= 0.075 && r < 0.105) {
                writeNotice(d);
            } else {
                writeNormal(d);
            }
            d.signed = workdayBack(d.published.minusDays(between(0, 12)));
            double e = rng.nextDouble();
            if (d.kind == Kind.NOTICE || e >= 0.65 && e < 0.9) {
                d.effective = d.published;
            } else if (e < 0.65) {
                d.effective = d.published.plusDays(30);
            } else {
                d.effective = d.published.plusDays(10).withDayOfMonth(1).plusMonths(1);
            }
            if (rng.nextDouble() >= noValidityShare(d.published.getYear())) {
                d.validUntil = d.effective.plusYears(d.provisional ? 2 : 5).minusDays(1);
            }
        }

        private static double noValidityShare(int year) {
            return year <= 2013 ? 0.6 : year == 2014 ? 0.45 : year == 2015 ? 0.3 : year == 2016 ? 0.15 : 0.0;
        }

        private void decisionDates(Doc d) {
            d.signed = workdayBack(d.published.minusDays(between(0, 7)));
            d.effective = d.published;
        }

        private void writeNormal(Doc d) {
            d.kind = Kind.NORMAL;
            if (d.lead.role == Role.DEPARTMENT && rng.nextDouble() < 0.02) {
                d.numbered = false;
            }
            List<Integer> joint = jointGroup(d.lead);
            boolean isJoint = joint != null && rng.nextDouble() < 0.06;
            for (int attempt = 0; ; attempt++) {
                DemoCatalogue.Area area = areaFor(d.lead);
                String topic = pick(area.topics());
                d.area = area.name();
                if (isJoint || rng.nextDouble() < 0.64) {
                    String suffix = pick(DemoCatalogue.INNER_SUFFIXES);
                    String inner = d.lead.place + topic + suffix;
                    if (attempt >= 40) {
                        inner = d.lead.place + topic + "管理办法（" + d.published.getYear() + "年修订" + (attempt - 39) + "）";
                    }
                    d.cite = inner;
                    d.title = !isJoint && rng.nextDouble() < 0.25 ? inner : "关于印发《" + inner + "》的通知";
                    d.provisional = inner.contains("暂行") || inner.contains("试行");
                } else {
                    DemoCatalogue.DirectForm form = pick(DemoCatalogue.DIRECT_FORMS.subList(0, 5));
                    d.cite = form.prefix() + topic + form.suffix();
                    d.title = d.lead.name + d.cite;
                    d.provisional = false;
                }
                if (run.claimTitle(d.published.getYear(), d.title, d.cite)) {
                    break;
                }
            }
            if (isJoint) {
                List<Org> bodies = new ArrayList<>();
                bodies.add(d.lead);
                int partners = joint.size() > 2 && rng.nextDouble() < 0.6 ? 2 : 1;
                for (int i = 1; i <= partners; i++) {
                    bodies.add(departments.get(joint.get(i)));
                }
                d.issuers = List.copyOf(bodies);
            }
        }

        private void writeNotice(Doc d) {
            d.kind = Kind.NOTICE;
            d.numbered = false;
            DemoCatalogue.DirectForm form = DemoCatalogue.DIRECT_FORMS.get(DemoCatalogue.DIRECT_FORMS.size() - 1);
            for (int attempt = 0; ; attempt++) {
                DemoCatalogue.Area area = areaFor(d.lead);
                String topic = pick(area.topics());
                d.area = area.name();
                d.cite = form.prefix() + topic + form.suffix();
                if (attempt >= 40) {
                    d.cite = form.prefix() + topic + "管理的第" + (attempt - 39) + "号通告";
                }
                d.title = d.lead.name + d.cite;
                if (run.claimTitle(d.published.getYear(), d.title, d.cite)) {
                    return;
                }
            }
        }

        private List<Integer> jointGroup(Org lead) {
            if (lead.role != Role.DEPARTMENT) {
                return null;
            }
            for (List<Integer> group : DemoCatalogue.JOINT_GROUPS) {
                if (group.get(0) == lead.department) {
                    return group;
                }
            }
            return null;
        }

        private DemoCatalogue.Area areaFor(Org lead) {
            if (lead.role == Role.DEPARTMENT) {
                String name = DemoCatalogue.DEPARTMENTS.get(lead.department).area();
                for (DemoCatalogue.Area a : DemoCatalogue.AREAS) {
                    if (a.name().equals(name)) {
                        return a;
                    }
                }
                throw new IllegalStateException("no area " + name);
            }
            return pick(DemoCatalogue.AREAS);
        }

        /** 关于修改《…》的决定 of the same body, for one of its documents in force for at least a year. */
        private boolean tryAmend(Doc d) {
            Doc target = findTarget(d, List.of());
            if (target == null || target.lastAmendedYear == d.published.getYear()) {
                return false;
            }
            String cite = "关于修改《" + target.cite + "》的决定";
            String title = d.lead.name + cite;
            if (!run.claimTitle(d.published.getYear(), title, cite)) {
                return false;
            }
            d.kind = Kind.AMEND;
            d.title = title;
            d.cite = cite;
            d.area = target.area;
            target.lastAmendedYear = d.published.getYear();
            target.change(LifecycleStatus.AMENDED, d.published, Cause.AMENDED, d);
            return true;
        }

        /** 关于废止《…》的决定, or 关于废止部分规范性文件的决定 for two or three documents of the same body. */
        private boolean tryRepeal(Doc d) {
            List<Doc> targets = new ArrayList<>();
            int wanted = rng.nextDouble() < 0.25 ? between(2, 3) : 1;
            for (int i = 0; i < wanted; i++) {
                Doc target = findTarget(d, targets);
                if (target != null) {
                    targets.add(target);
                }
            }
            if (targets.isEmpty()) {
                return false;
            }
            String cite = targets.size() == 1 ? "关于废止《" + targets.get(0).cite + "》的决定" : "关于废止部分规范性文件的决定";
            String title = d.lead.name + cite;
            if (!run.claimTitle(d.published.getYear(), title, cite)) {
                return false;
            }
            d.kind = Kind.REPEAL;
            d.title = title;
            d.cite = cite;
            d.area = targets.get(0).area;
            for (Doc target : targets) {
                target.change(LifecycleStatus.REPEALED, d.published, Cause.REPEALED, d);
            }
            return true;
        }

        private Doc findTarget(Doc decision, List<Doc> excluded) {
            List<Doc> issued = decision.lead.issued;
            if (issued.isEmpty()) {
                return null;
            }
            LocalDate on = decision.published;
            for (int attempt = 0; attempt < 12; attempt++) {
                Doc candidate = issued.get(rng.nextInt(issued.size()));
                if (candidate.kind == Kind.NORMAL && !excluded.contains(candidate)
                        && !candidate.published.isAfter(on.minusYears(1)) && candidate.inForceOn(on)) {
                    return candidate;
                }
            }
            return null;
        }

        private void claimOrThrow(Doc d) {
            if (!run.claimTitle(d.published.getYear(), d.title, d.cite)) {
                throw new IllegalStateException("title used twice: " + d.title);
            }
        }

        // ---- 文号 ----

        /** Serials per body and year in publication order, with gaps for the body's other (non-normative) papers. */
        void number() {
            List<Org> bodies = new ArrayList<>();
            bodies.add(government);
            bodies.add(office);
            bodies.addAll(departments);
            bodies.addAll(locals);
            for (Org body : bodies) {
                int decree = 0;
                int year = 0;
                int serial = 0;
                int gap = body.role == Role.CITY_OFFICE || body.role == Role.COUNTY_OFFICE ? 6 : 3;
                for (Doc d : body.issued) {
                    if (d.kind == Kind.RULE) {
                        d.docNumber = city.name() + "人民政府令第" + (++decree) + "号";
                        d.canonicalNumber = d.docNumber;
                        continue;
                    }
                    if (!d.numbered) {
                        continue;
                    }
                    int y = d.published.getYear();
                    if (y != year) {
                        year = y;
                        serial = between(0, 2);
                    }
                    serial += 1 + between(0, gap);
                    d.canonicalNumber = body.code + "〔" + y + "〕" + serial + "号";
                    d.docNumber = rng.nextDouble() < 0.05 ? oddForm(body.code, y, serial) : d.canonicalNumber;
                }
            }
        }

        /** How clerks really type numbers: other brackets, full-width digits, 第, no 号, stray spaces. */
        private String oddForm(String code, int year, int serial) {
            return switch (between(0, 6)) {
                case 0 -> code + "[" + year + "]" + serial + "号";
                case 1 -> code + "（" + year + "）" + serial + "号";
                case 2 -> code + "〔" + fullWidth(year) + "〕" + fullWidth(serial) + "号";
                case 3 -> code + "〔" + year + "〕第" + serial + "号";
                case 4 -> code + "〔" + year + "〕" + serial;
                case 5 -> code + "【" + year + "】" + serial + "号";
                default -> code + " 〔" + year + "〕 " + serial + "号";
            };
        }

        // ---- filings ----

        void planFilings() {
            List<Doc> filed = new ArrayList<>();
            for (Doc d : docs) {
                if (d.receipt != null) {
                    filed.add(d);
                }
            }
            filed.sort(Comparator.comparing((Doc d) -> d.receipt).thenComparingInt(d -> d.seq));
            List<Doc> cohort2019 = new ArrayList<>();
            for (Doc d : filed) {
                if (home && d.receipt.getYear() == 2019) {
                    cohort2019.add(d);
                    continue;
                }
                FilingPlan f = new FilingPlan(d, channel(d.receipt.getYear()));
                boolean calm2018 = home && d.receipt.getYear() == 2018;
                Outcome outcome = calm2018 && d.receipt.isAfter(LocalDate.of(2018, 11, 15)) ? Outcome.DIRECT
                        : genericOutcome();
                LocalDate ready = receive(f, outcome);
                if (ready != null) {
                    LocalDate registered = workday(ready.plusDays(between(1, 7)));
                    if (calm2018) {
                        // the 2018 cohort is registered within 2018, so 2019's registrations are 2019's cohort
                        registered = max(ready, min(registered, LocalDate.of(2018, 12, 31)));
                    }
                    review(f, registered, registrationNote(d));
                }
                filings.add(f);
            }
            if (!cohort2019.isEmpty()) {
                planHome2019(cohort2019);
            }
            for (FilingPlan f : filings) {
                f.truncate();
            }
            filings.sort(Comparator.comparing((FilingPlan f) -> f.doc.receipt).thenComparingInt(f -> f.doc.seq));
            assignRegistrationNumbers();
        }

        /**
         * 濮阳's 2019 cohort: the report's 62 received and 24 registered. For the other 38 the demo assumes some
         * rejected, some returned (a few never re-filed), and the rest registered in early 2020: registration
         * stalled in the second half of 2019 while the review work moved from the former 法制办 to the justice
         * bureau.
         */
        private void planHome2019(List<Doc> cohort) {
            double scale = count / (double) DEFAULT_DOCUMENT_COUNT;
            int rejected = (int) Math.round(REJECTED_2019 * scale);
            int notRefiled = (int) Math.round(RETURNED_NOT_REFILED_2019 * scale);
            int refiled = (int) Math.round(RETURNED_REFILED_2019 * scale);
            int registeredIn2019 = (int) Math.round(REGISTERED_2019 * scale);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < cohort.size(); i++) {
                order.add(i);
            }
            shuffle(order);
            Outcome[] outcomes = new Outcome[cohort.size()];
            for (int i = 0; i < order.size(); i++) {
                outcomes[order.get(i)] = i < rejected ? Outcome.REJECT
                        : i < rejected + notRefiled ? Outcome.RETURN_NOT_REFILED
                        : i < rejected + notRefiled + refiled ? Outcome.RETURN_REFILED : Outcome.DIRECT;
            }
            List<FilingPlan> pool = new ArrayList<>();
            Map<FilingPlan, LocalDate> readyOn = new HashMap<>();
            for (int i = 0; i < cohort.size(); i++) {
                Doc d = cohort.get(i);
                FilingPlan f = new FilingPlan(d, channel(2019));
                LocalDate ready = receive(f, outcomes[i]);
                if (ready != null) {
                    pool.add(f);
                    readyOn.put(f, ready);
                }
                filings.add(f);
            }
            pool.sort(Comparator.comparing((FilingPlan f) -> readyOn.get(f)).thenComparingInt(f -> f.doc.seq));
            List<FilingPlan> backlog = new ArrayList<>();
            int registered = 0;
            for (FilingPlan f : pool) {
                LocalDate ready = readyOn.get(f);
                if (registered < registeredIn2019 && ready.getYear() == 2019) {
                    LocalDate on = max(ready, min(workday(ready.plusDays(between(1, 7))), LocalDate.of(2019, 12, 31)));
                    review(f, on, registrationNote(f.doc));
                    registered++;
                } else {
                    backlog.add(f);
                }
            }
            for (int i = 0; i < backlog.size(); i++) {
                FilingPlan f = backlog.get(i);
                LocalDate base = LocalDate.of(2020, 1, 6).plusDays(i * 75L / backlog.size());
                LocalDate on = workday(max(base, readyOn.get(f).plusDays(1)));
                review(f, on, "机构改革期间积压，补办备案登记");
            }
        }

        private Outcome genericOutcome() {
            double r = rng.nextDouble();
            return r < 0.008 ? Outcome.REJECT : r < 0.023 ? Outcome.RETURN_NOT_REFILED
                    : r < 0.113 ? Outcome.RETURN_REFILED : Outcome.DIRECT;
        }

        /** Receipt and formal check; returns the day the package was complete, or null if it never was. */
        private LocalDate receive(FilingPlan f, Outcome outcome) {
            LocalDate receipt = f.doc.receipt;
            f.add(FilingState.RECEIVED, receipt, pick(DemoCatalogue.RECEIVED_NOTES));
            switch (outcome) {
                case REJECT -> {
                    f.add(FilingState.REJECTED_NOT_IN_SCOPE, workday(receipt.plusDays(between(2, 8))),
                            pick(DemoCatalogue.REJECTED_NOTES));
                    return null;
                }
                case RETURN_NOT_REFILED -> {
                    f.add(FilingState.RETURNED_FOR_CORRECTION, workday(receipt.plusDays(between(2, 8))),
                            pick(DemoCatalogue.RETURNED_NOTES));
                    return null;
                }
                case RETURN_REFILED -> {
                    LocalDate returned = workday(receipt.plusDays(between(2, 8)));
                    f.add(FilingState.RETURNED_FOR_CORRECTION, returned, pick(DemoCatalogue.RETURNED_NOTES));
                    LocalDate again = workday(returned.plusDays(between(5, 30)));
                    f.add(FilingState.RECEIVED, again, pick(DemoCatalogue.RESUBMITTED_NOTES));
                    return again;
                }
                default -> {
                    return receipt;
                }
            }
        }

        /** Registration and what follows it: review, conclusion, archiving. */
        private void review(FilingPlan f, LocalDate registered, String note) {
            f.register(registered, note);
            LocalDate underReview = workday(registered.plusDays(between(0, 3)));
            f.add(FilingState.UNDER_REVIEW, underReview, pick(DemoCatalogue.REVIEW_NOTES));
            LocalDate concluded = workday(underReview.plusDays(between(8, 30)));
            f.add(FilingState.REVIEW_CONCLUDED, concluded, pick(DemoCatalogue.CONCLUDED_NOTES));
            f.add(FilingState.CLOSED, workday(concluded.plusDays(between(3, 25))), pick(DemoCatalogue.CLOSED_NOTES));
        }

        private static String registrationNote(Doc d) {
            long lag = ChronoUnit.DAYS.between(d.published, d.receipt);
            return lag > 30 ? "逾期报送（公布后" + lag + "日收到），材料齐全，予以登记" : "材料齐全，予以备案登记";
        }

        private FilingChannel channel(int year) {
            double online = year <= 2018 ? 0.25 : year == 2019 ? 0.45 : 0.7;
            double post = year <= 2018 ? 0.15 : year == 2019 ? 0.1 : 0.05;
            double r = rng.nextDouble();
            return r < online ? FilingChannel.ONLINE : r < online + post ? FilingChannel.POST : FilingChannel.PAPER;
        }

        /** 濮规备〔2019〕7号: per year, gap-free, in registration order. */
        private void assignRegistrationNumbers() {
            record Registration(FilingPlan filing, LocalDate on) {
            }
            List<Registration> all = new ArrayList<>();
            for (FilingPlan f : filings) {
                for (Event e : f.events) {
                    if (e.registers()) {
                        all.add(new Registration(f, e.on()));
                    }
                }
            }
            all.sort(Comparator.comparing(Registration::on).thenComparing(r -> r.filing().doc.receipt)
                    .thenComparingInt(r -> r.filing().doc.seq));
            int year = 0;
            int serial = 0;
            for (Registration r : all) {
                if (r.on().getYear() != year) {
                    year = r.on().getYear();
                    serial = 0;
                }
                r.filing().registrationNumbers.put(year, registrationPrefix + "〔" + year + "〕" + (++serial) + "号");
            }
        }

        String summary2019() {
            int received = 0;
            int registeredIn2019 = 0;
            int rejected = 0;
            int notRefiled = 0;
            int refiled = 0;
            int registeredLater = 0;
            for (FilingPlan f : filings) {
                if (f.doc.receipt.getYear() != 2019) {
                    continue;
                }
                received++;
                FilingState last = f.events.get(f.events.size() - 1).to();
                boolean returned = f.events.stream().anyMatch(e -> e.to() == FilingState.RETURNED_FOR_CORRECTION);
                Event registration = f.events.stream().filter(Event::registers).findFirst().orElse(null);
                if (registration != null && registration.on().getYear() == 2019) {
                    registeredIn2019++;
                } else if (last == FilingState.REJECTED_NOT_IN_SCOPE) {
                    rejected++;
                } else if (last == FilingState.RETURNED_FOR_CORRECTION) {
                    notRefiled++;
                } else if (registration != null) {
                    registeredLater++;
                    if (returned) {
                        refiled++;
                    }
                }
            }
            int rules2019 = 0;
            int government2019 = 0;
            for (Doc d : docs) {
                if (d.published.getYear() == 2019 && (d.lead == government || d.lead == office)) {
                    if (d.kind == Kind.RULE) {
                        rules2019++;
                    } else {
                        government2019++;
                    }
                }
            }
            return "2019 as in the report: the city government issued " + rules2019 + " government rules and "
                    + government2019 + " normative documents; " + received + " filings were received from "
                    + "counties/districts and city departments and " + registeredIn2019 + " registered in 2019. "
                    + "The report does not say what became of the other " + (received - registeredIn2019)
                    + "; the demo assumes: " + rejected + " not accepted (not normative documents), " + notRefiled
                    + " returned for correction and never re-filed, " + registeredLater + " registered in early 2020 ("
                    + refiled + " of them after correction) because registration stalled in the second half of 2019 "
                    + "while the work moved from the former 法制办 to the justice bureau. The 2019 cleanup reviewed "
                    + cleanupReviewed + " city government documents in force: " + cleanupRepealed + " repealed, "
                    + cleanupExpired + " declared expired, the rest continue (the report's real cleanup covered 604). ";
        }

        // ---- randomness and dates ----

        private int between(int lo, int hi) {
            return lo + rng.nextInt(hi - lo + 1);
        }

        private <T> T pick(List<T> list) {
            return list.get(rng.nextInt(list.size()));
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                T tmp = list.get(i);
                list.set(i, list.get(j));
                list.set(j, tmp);
            }
        }

        /** A working day (Mon–Fri) of {@code year}. */
        private LocalDate dayIn(int year) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate day = first.plusDays(rng.nextInt(first.lengthOfYear()));
            LocalDate forward = workday(day);
            return forward.getYear() == year ? forward : workdayBack(day);
        }
    }

    // ------------------------------------------------------------------------------------------------------

    /** Largest-remainder shares of {@code total} by {@code weights}; ties go to the earlier index. */
    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] shares = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            given++;
        }
        return shares;
    }

    static LocalDate workday(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w == DayOfWeek.SATURDAY ? day.plusDays(2) : w == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    static LocalDate workdayBack(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w == DayOfWeek.SATURDAY ? day.minusDays(1) : w == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }


    private static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** 《》 inside 《》 become 〈〉. */
    private static String nested(String title) {
        return title.replace('《', '〈').replace('》', '〉');
    }

    private static String fullWidth(int number) {
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            s.append((char) (c - '0' + '０'));
        }
        return s.toString();
    }

    private static String pad(int number, int width) {
        StringBuilder s = new StringBuilder(String.valueOf(number));
        while (s.length() < width) {
            s.insert(0, '0');
        }
        return s.toString();
    }
}
