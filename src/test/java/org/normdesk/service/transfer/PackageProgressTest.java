package org.normdesk.service.transfer;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.service.transfer.PackageExchangeTest.CITY;
import static org.normdesk.service.transfer.PackageExchangeTest.COUNTY;
import static org.normdesk.service.transfer.PackageExchangeTest.open;

/**
 * Export, dry run and apply of a package say how far they are, so the dialogs show a bar that moves instead of a
 * spinner for the half minute a 100,000-document package takes: from 0 to the whole, never backwards, with the
 * documents counted while the export reads them. County and city on H2, and on PostgreSQL when configured.
 */
class PackageProgressTest {
    private static final int DOCUMENTS = 2_345;

    @TempDir
    Path tempDir;

    /** What a job reported, in order. */
    private static final class Recorded implements Progress {
        final List<long[]> steps = new ArrayList<>();
        final List<String> details = new ArrayList<>();

        @Override
        public void update(long done, long total, String message) {
            steps.add(new long[]{done, total});
            details.add(message);
        }

        void assertRunsFromNothingToAll(String job) {
            assertTrue(steps.size() >= 3, job + " reports more than its start and end: " + steps.size());
            assertEquals(0, steps.get(0)[0], job + " starts at 0");
            long total = steps.get(0)[1];
            long before = -1;
            for (long[] step : steps) {
                assertEquals(total, step[1], job + " keeps one total");
                assertTrue(step[0] >= before && step[0] <= total, job + " never goes back nor past the whole");
                before = step[0];
            }
            assertEquals(total, steps.get(steps.size() - 1)[0], job + " ends at the whole");
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void export_dry_run_and_apply_report_progress_from_start_to_end(DatabaseKind kind) {
        try (Workspace countyWs = open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("county-files"));
             Workspace city = open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("city-files"))) {
            PackageExchangeTest.County county = new PackageExchangeTest.County(countyWs);
            List<NormativeDocument> docs = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                docs.add(new NormativeDocument(null, "清丰县第" + i + "号工作规范", DocNumber.parse("清政〔2020〕" + (i + 1)
                        + "号").orElseThrow(), List.of(county.government), DocumentType.GOVERNMENT_NORMATIVE, null,
                        null, LocalDate.of(2020, 1, 1).plusDays(i % 360), null, null, LifecycleStatus.VALID, null, 0));
            }
            countyWs.register().addAll(docs, "@reason.ledgerImport");
            PackageExchangeTest.cityKnowsTheCounty(city);

            Path file = tempDir.resolve("county.ndpkg");
            Recorded export = new Recorded();
            countyWs.packages().export(CITY, false, file, export);
            export.assertRunsFromNothingToAll("export");
            assertTrue(export.details.contains("1,000 / 2,345") && export.details.contains("2,000 / 2,345"),
                    "the export counts the documents it has read: " + export.details);

            Recorded dryRun = new Recorded();
            Reconciliation report = city.packages().reconcile(file, dryRun);
            dryRun.assertRunsFromNothingToAll("dry run");
            assertEquals(DOCUMENTS, report.items(Reconciliation.State.NEW).size());

            Recorded apply = new Recorded();
            assertEquals(DOCUMENTS, city.packages().apply(file, Map.of(), apply).added());
            apply.assertRunsFromNothingToAll("apply");
            assertTrue(apply.steps.size() >= 6, "apply reports each stage: " + apply.steps.size());
            assertTrue(apply.details.contains("2,345 / 2,345"), "apply says how many documents it wrote");
            assertTrue(apply.details.contains("1,000 / 2,345") && apply.details.contains("2,000 / 2,345"),
                    "apply counts the documents while it writes them: " + apply.details);
        }
    }
}
