package org.normdesk.service.demo;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The province-scale register the benchmarks use: generation only, no database. */
class DemoRegisterScaleTest {
    private static final int PROVINCE = 100_000;

    /** Generous: a quiet machine needs one to two seconds; this guards against accidental quadratic work. */
    private static final long GENERATION_LIMIT_MS = 15_000;

    @Test
    void a_100k_document_province_register_generates_quickly_and_keeps_the_invariants() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        DemoRegister register = DemoRegisterGenerator.generate(DemoRegisterGenerator.DEFAULT_SEED, PROVINCE);
        long generated = System.nanoTime();
        long cpuGenerated = threads.getCurrentThreadCpuTime();
        DemoRegisterInvariants.check(register);
        long checked = System.nanoTime();
        System.out.printf("100k register: generated in %d ms (%d ms CPU), checked in %d ms: %d issuers, %d documents,"
                        + " %d filings%n", (generated - start) / 1_000_000, (cpuGenerated - cpuStart) / 1_000_000,
                (checked - generated) / 1_000_000, register.issuers().size(),
                register.documents().size(), register.filings().size());

        assertTrue((generated - start) / 1_000_000 < GENERATION_LIMIT_MS, "generation took too long");
        assertEquals(PROVINCE, register.documents().size());
        Set<String> cityGovernments = register.issuers().stream()
                .filter(i -> i.level().equals("CITY") && i.kind().equals("GOVERNMENT"))
                .map(DemoRegister.IssuerEntry::name).collect(Collectors.toSet());
        assertEquals(18, cityGovernments.size(), cityGovernments.toString());
        long counties = register.issuers().stream().filter(i -> i.level().equals("COUNTY")).count();
        assertTrue(counties > 250, "county-level bodies: " + counties);
        assertTrue(register.filings().size() > PROVINCE / 5, "filings: " + register.filings().size());
        long registrationSeries = register.filings().stream().flatMap(f -> f.events().stream())
                .filter(e -> e.registrationNo() != null).map(e -> e.registrationNo().substring(0, 3)).distinct().count();
        assertEquals(18, registrationSeries, "one registration series per city");
    }
}
