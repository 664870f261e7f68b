package org.normdesk.service.stats;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegisterGenerator;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tally reads which materials a filing's first package held from {@code filing.first_package_materials}, kept
 * when the package is stored, instead of counting the materials. Here that column is checked against the materials
 * themselves after randomized intake — bulk-loaded filings, received ones with random packages, returns with
 * different resubmitted packages, rejections — and the tally's 首次报备材料齐全 against the figure computed from the
 * material rows, for several required sets, on H2 and PostgreSQL.
 */
class TallyFirstPackageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void first_package_materials_match_the_material_rows_after_random_intake(DatabaseKind kind) throws SQLException {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        Random random = new Random(20191220L);
        try (Workspace ws = Workspace.open(config, tempDir.resolve("attachments"), CLOCK, () -> "clerk")) {
            ws.demo().importRegister(DemoRegisterGenerator.generate(7L, 400), Progress.NONE);
            Issuer county = ws.register().addIssuer(new Issuer(null, "示例县市场监督管理局", "示市监", OrgLevel.COUNTY,
                    OrgKind.GOVERNMENT, null));
            for (int i = 0; i < 60; i++) {
                LocalDate published = LocalDate.of(2019, 1, 2).plusDays(random.nextInt(330));
                FilingView view = ws.filings().receive(new ReceiveRequest(null, new DocumentInput(
                        "示例县第" + i + "号管理办法", "示市监〔2019〕" + (100 + i) + "号", List.of(county.id()),
                        DocumentType.GOVERNMENT_NORMATIVE, null, null, published.toString(), null, null, null),
                        county.id(), published.plusDays(random.nextInt(60)).toString(), FilingChannel.PAPER,
                        randomPackage(random), true));
                switch (random.nextInt(4)) {
                    case 0 -> {
                        FilingView returned = ws.filings().returnForCorrection(view.filing().id(),
                                view.filing().version(), List.of("补充材料"));
                        ws.filings().resubmit(returned.filing().id(), returned.filing().version(),
                                returned.currentSubmission().receivedDate().plusDays(5).toString(), null,
                                randomPackage(random));
                    }
                    case 1 -> ws.filings().reject(view.filing().id(), view.filing().version(), false, true,
                            "不属于规范性文件");
                    default -> {
                        // left as received
                    }
                }
            }

            try (Connection c = connect(config)) {
                Map<Long, Integer> column = new TreeMap<>();
                query(c, "select id, first_package_materials from filing",
                        rs -> column.put(rs.getLong(1), rs.getInt(2)));
                Map<Long, Set<MaterialKind>> firstPackage = firstPackages(c);
                assertTrue(column.size() > 100, "the demo and the intake made filings: " + column.size());
                int returned = count(c, "select count(*) from filing_submission where seq = 2");
                assertTrue(returned > 5, "some filings were resubmitted: " + returned);
                for (var e : column.entrySet()) {
                    assertEquals(bits(firstPackage.getOrDefault(e.getKey(), Set.of())), e.getValue(),
                            "filing " + e.getKey() + " holds " + firstPackage.get(e.getKey()));
                }

                for (Set<MaterialKind> required : List.of(MaterialKind.defaultRequired(),
                        EnumSet.of(MaterialKind.OFFICIAL_TEXT), EnumSet.of(MaterialKind.LEGAL_BASIS,
                                MaterialKind.PUBLIC_CONSULTATION, MaterialKind.ELECTRONIC_TEXT), EnumSet.noneOf(MaterialKind.class))) {
                    ws.settings().save(new UnitSettings("濮阳市司法局", "濮",
                            new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT), required, Set.of()));
                    for (int year : List.of(2018, 2019)) {
                        List<Long> expected = firstTimeComplete(c, year, required, firstPackage);
                        Tally tally = ws.tally().tally(year, null);
                        assertEquals(expected, tally.counts().get(TallyItem.FIRST_TIME_COMPLETE).documentIds(),
                                year + " with " + required + " required");
                        assertTrue(required.size() > 1 || !expected.isEmpty() || year == 2018,
                                "a figure that can be told apart from nothing");
                    }
                }
            }
        }
    }

    private static List<MaterialInput> randomPackage(Random random) {
        List<MaterialInput> materials = new ArrayList<>();
        for (MaterialKind kind : MaterialKind.values()) {
            int pick = random.nextInt(5);
            if (pick < 3) {
                materials.add(MaterialInput.present(kind));
            } else if (pick == 3) {
                materials.add(new MaterialInput(kind, false, null));
            }
        }
        return materials;
    }

    /** The material kinds marked present in each filing's submission 1, from the material rows. */
    private static Map<Long, Set<MaterialKind>> firstPackages(Connection c) throws SQLException {
        Map<Long, Set<MaterialKind>> packages = new HashMap<>();
        query(c, "select s.filing_id, m.kind from filing_submission s join filing_material m on m.submission_id = s.id "
                        + "where s.seq = 1 and m.present",
                rs -> packages.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(MaterialKind.class))
                        .add(MaterialKind.valueOf(rs.getString(2))));
        return packages;
    }

    /**
     * 首次报备材料齐全 from the rows: documents published in the year whose first filing not rejected as out of
     * scope had every required material present in its first package.
     */
    private static List<Long> firstTimeComplete(Connection c, int year, Set<MaterialKind> required,
                                                Map<Long, Set<MaterialKind>> firstPackage) throws SQLException {
        Map<Long, Long> chosen = new TreeMap<>();
        query(c, "select d.id, f.id from document d join filing f on f.document_id = d.id "
                        + "where d.published_date between date '" + year + "-01-01' and date '" + year + "-12-31' "
                        + "and f.state <> 'REJECTED_NOT_IN_SCOPE' order by d.id, f.received_date, f.id",
                rs -> chosen.putIfAbsent(rs.getLong(1), rs.getLong(2)));
        return chosen.entrySet().stream()
                .filter(e -> firstPackage.getOrDefault(e.getValue(), Set.of()).containsAll(required))
                .map(Map.Entry::getKey).toList();
    }

    /** The documented bits of V26, written out here rather than taken from the store. */
    private static int bits(Set<MaterialKind> kinds) {
        List<MaterialKind> order = List.of(MaterialKind.FILING_REPORT, MaterialKind.OFFICIAL_TEXT,
                MaterialKind.DRAFTING_EXPLANATION, MaterialKind.LEGAL_BASIS, MaterialKind.LEGALITY_REVIEW_OPINION,
                MaterialKind.COLLECTIVE_DELIBERATION, MaterialKind.PUBLIC_CONSULTATION, MaterialKind.ELECTRONIC_TEXT);
        int bits = 0;
        for (MaterialKind kind : kinds) {
            bits |= 1 << order.indexOf(kind);
        }
        return bits;
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, RowHandler handler) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection connect(DatabaseConfig config) throws SQLException {
        return config.kind() == DatabaseKind.H2
                ? DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())
                : DriverManager.getConnection(config.jdbcUrl());
    }
}
