package org.normdesk.bench;

import org.normdesk.domain.account.Principal;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.demo.DemoRegisterGenerator;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.service.transfer.PackageReader;
import org.normdesk.service.transfer.PackageService;
import org.normdesk.service.transfer.Reconciliation;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A county register of {@code bench.documents} generated documents (H2 file) exports its whole register as one
 * package; a fresh city register (H2 file, and PostgreSQL when NORMDESK_PG_URL is set) reconciles and imports it,
 * then imports it again (which changes nothing). Beside them the floor: only opening and checking the package
 * (zip, SHA-256 of every entry, JSON parsed). Written to {@code target/bench/package-bench.md};
 * run with {@code ./mvnw -Pbench verify}.
 */
public final class PackageBenchmark {
    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String COUNTY = "清丰县司法局";

    /** CPU time of the importing thread: on a machine shared with other work, wall time says more about the load. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private record Line(String database, double floorMs, double reconcileMs, double applyMs, double againMs,
                        int added, double floorCpuMs, double importCpuMs) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "bench", "package");
        deleteTree(out);
        Files.createDirectories(out);
        Path pkg = out.resolve("county-" + DOCUMENTS + ".ndpkg");
        double exportMs;
        try (Workspace county = open(DatabaseConfig.embedded(out.resolve("county").resolve("db")), out)) {
            county.demo().importRegister(DemoRegisterGenerator.generate(DemoRegisterGenerator.DEFAULT_SEED, DOCUMENTS),
                    Progress.NONE);
            county.settings().save(new UnitSettings(COUNTY, "清", new RegistrationNumberTemplate(
                    RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(), Set.of()));
            long t0 = System.nanoTime();
            county.packages().export("濮阳市司法局", false, pkg);
            exportMs = ms(t0, System.nanoTime());
        }
        System.out.printf("package: %,d documents, %,d KB, export %.0f ms%n", DOCUMENTS, Files.size(pkg) / 1024, exportMs);
        List<Line> lines = new ArrayList<>();
        lines.add(run(pkg, "H2 (embedded file)", DatabaseConfig.embedded(out.resolve("city-h2").resolve("db")), out));
        if (TestDatabases.postgresUrl().isPresent()) {
            lines.add(run(pkg, "PostgreSQL", TestDatabases.fresh(DatabaseKind.POSTGRESQL, out), out));
        }
        StringBuilder md = new StringBuilder();
        md.append("# Exchange package benchmark\n\n");
        md.append(String.format("%,d documents; package %,d KB; export from the county's H2 register %.0f ms "
                + "(%.0f documents/s).%n%n", DOCUMENTS, Files.size(pkg) / 1024, exportMs, DOCUMENTS / (exportMs / 1000)));
        md.append("| City database | Floor: open + check | Reconcile (dry run) | Apply | Documents/s (reconcile + apply) "
                + "| Same package again | CPU: floor | CPU: reconcile + apply | Documents per CPU second |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Line l : lines) {
            md.append(String.format("| %s | %.0f ms | %.0f ms | %.0f ms | %.0f | %.0f ms | %.0f ms | %.0f ms | %.0f |%n",
                    l.database, l.floorMs, l.reconcileMs, l.applyMs, l.added / ((l.reconcileMs + l.applyMs) / 1000),
                    l.againMs, l.floorCpuMs, l.importCpuMs, l.added / (l.importCpuMs / 1000)));
        }
        Files.writeString(Path.of("target", "bench", "package-bench.md"), md.toString());
        System.out.println(md);
    }

    private static Line run(Path pkg, String database, DatabaseConfig config, Path out) throws Exception {
        try (Workspace city = open(config, out)) {
            city.register().addIssuer(new Issuer(null, COUNTY, "清司", OrgLevel.COUNTY, OrgKind.DEPARTMENT, null));
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PackageReader.open(pkg);
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            Reconciliation report = city.packages().reconcile(pkg);
            long t2 = System.nanoTime();
            PackageService.ApplyResult applied = city.packages().apply(pkg, Map.of());
            long t3 = System.nanoTime();
            long c3 = THREADS.getCurrentThreadCpuTime();
            PackageService.ApplyResult again = city.packages().apply(pkg, Map.of());
            long t4 = System.nanoTime();
            if (applied.added() != report.count(Reconciliation.State.NEW) || !again.changedNothing()) {
                throw new IllegalStateException("unexpected result " + applied + " / " + again);
            }
            System.out.printf("  %s: open %.0f ms, reconcile %.0f ms, apply %.0f ms, again %.0f ms; CPU of the importing "
                    + "thread: open %.0f ms, reconcile + apply %.0f ms%n", database, ms(t0, t1), ms(t1, t2), ms(t2, t3),
                    ms(t3, t4), ms(c0, c1), ms(c1, c3));
            return new Line(database, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), applied.added(), ms(c0, c1),
                    ms(c1, c3));
        } finally {
            dropSchema(config);
        }
    }

    private static Workspace open(DatabaseConfig config, Path out) {
        return Workspace.open(config, out.resolve("attachments"), null, CLOCK,
                new CurrentUser(Principal.singleUser("bench")));
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
