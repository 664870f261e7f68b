package org.normdesk.service.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.filing.FilingState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator: deterministic, always consistent, and shaped like the city's 2019 report at the default size. */
class DemoRegisterGeneratorTest {
    private static final DemoRegister DEMO = DemoRegisterGenerator.generate();

    @Test
    void the_default_demo_keeps_every_invariant() {
        DemoRegisterInvariants.check(DEMO);
        assertEquals(DemoRegisterGenerator.DEFAULT_DOCUMENT_COUNT, DEMO.documents().size());
        assertEquals(DemoRegisterGenerator.DEFAULT_SEED, DEMO.seed());
    }

    @Test
    void the_same_seed_gives_the_same_register_and_another_seed_another() {
        assertEquals(DEMO, DemoRegisterGenerator.generate(DemoRegisterGenerator.DEFAULT_SEED,
                DemoRegisterGenerator.DEFAULT_DOCUMENT_COUNT));
        assertNotEquals(DEMO.documents(), DemoRegisterGenerator.generate(7, 600).documents());
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 250, 1_000, 5_000, 5_001})
    void any_size_has_exactly_that_many_documents_and_keeps_the_invariants(int count) {
        DemoRegister register = DemoRegisterGenerator.generate(42, count);
        assertEquals(count, register.documents().size());
        DemoRegisterInvariants.check(register);
    }

    @Test
    void too_small_a_register_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> DemoRegisterGenerator.generate(1, 99));
    }

    @Test
    void the_description_says_it_is_generated_and_what_it_models() {
        String description = DEMO.description();
        assertTrue(description.startsWith("Generated demo data"), description);
        assertTrue(description.contains("seed " + DemoRegisterGenerator.DEFAULT_SEED), description);
        assertTrue(description.contains("濮阳市"), description);
        assertTrue(description.contains("the demo assumes"), description);
    }

    @Test
    void one_city_with_its_government_departments_counties_and_districts() {
        Map<String, DemoRegister.IssuerEntry> byName = DEMO.issuers().stream()
                .collect(Collectors.toMap(DemoRegister.IssuerEntry::name, i -> i));
        assertEquals("濮政", byName.get("濮阳市人民政府").code());
        assertEquals("濮政办", byName.get("濮阳市人民政府办公室").code());
        assertEquals("濮市监", byName.get("濮阳市市场监督管理局").code());
        assertEquals("濮建", byName.get("濮阳市住房和城乡建设局").code());
        for (String county : List.of("濮阳县人民政府", "清丰县人民政府", "南乐县人民政府", "范县人民政府", "台前县人民政府",
                "濮阳市华龙区人民政府")) {
            assertEquals("GOVERNMENT", byName.get(county).kind(), county);
            assertEquals("COUNTY", byName.get(county).level(), county);
        }
        assertEquals("DISPATCHED_AGENCY", byName.get("濮阳经济技术开发区管理委员会").kind());
        long departments = DEMO.issuers().stream().filter(i -> i.kind().equals("DEPARTMENT")).count();
        assertTrue(departments >= 15, "departments: " + departments);
    }

    @Test
    void the_2019_figures_match_the_city_report() {
        Map<String, DemoRegister.IssuerEntry> issuers = issuers(DEMO);
        List<DemoRegister.FilingEntry> received2019 = DEMO.filings().stream()
                .filter(f -> f.receivedDate().startsWith("2019")).toList();
        assertEquals(62, received2019.size());
        long registered2019 = DEMO.filings().stream().flatMap(f -> f.events().stream())
                .filter(e -> e.registrationNo() != null && e.on().startsWith("2019")).count();
        assertEquals(24, registered2019);
        long registeredFromCohort = received2019.stream().flatMap(f -> f.events().stream())
                .filter(e -> e.registrationNo() != null && e.on().startsWith("2019")).count();
        assertEquals(24, registeredFromCohort);

        long governmentNormative2019 = DEMO.documents().stream()
                .filter(d -> d.publishedDate().startsWith("2019") && d.type().equals("GOVERNMENT_NORMATIVE"))
                .filter(d -> DemoRegisterInvariants.isCityGovernment(issuers.get(d.issuers().get(0))))
                .count();
        assertEquals(17, governmentNormative2019);
        Set<String> rules2019 = DEMO.documents().stream()
                .filter(d -> d.publishedDate().startsWith("2019") && d.type().equals("GOVERNMENT_RULE"))
                .map(DemoRegister.DocumentEntry::title).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("濮阳市医疗废物管理办法", "濮阳市燃气管理办法", "濮阳市集中供热管理办法"), rules2019);
    }

    @Test
    void the_2019_cleanup_repeals_and_expires_city_government_documents() {
        List<DemoRegister.HistoryEntry> cleanup = DEMO.documents().stream().flatMap(d -> d.history().stream())
                .filter(h -> h.reason().contains("市政府第32次常务会议") && h.reason().contains("2019年8月23日"))
                .toList();
        assertTrue(cleanup.stream().anyMatch(h -> h.to().equals("REPEALED")), "cleanup repeals");
        assertTrue(cleanup.stream().anyMatch(h -> h.to().equals("EXPIRED")), "cleanup declares expired");
        assertEquals(1, cleanup.stream().map(DemoRegister.HistoryEntry::causedBy).distinct().count());
        DemoRegister.DocumentEntry decision = DEMO.documents().stream()
                .filter(d -> d.key().equals(cleanup.get(0).causedBy())).findFirst().orElseThrow();
        assertEquals("2019-08-23", decision.signedDate());
        assertTrue(decision.title().contains("清理"), decision.title());
    }

    @Test
    void the_demo_shows_every_kind_of_history_and_filing() {
        Map<LifecycleStatus, Integer> statuses = new EnumMap<>(LifecycleStatus.class);
        DEMO.documents().forEach(d -> statuses.merge(DemoRegisterInvariants.finalStatus(d), 1, Integer::sum));
        for (LifecycleStatus s : List.of(LifecycleStatus.NOT_YET_EFFECTIVE, LifecycleStatus.VALID,
                LifecycleStatus.AMENDED, LifecycleStatus.EXPIRED, LifecycleStatus.REPEALED)) {
            assertTrue(statuses.getOrDefault(s, 0) > 0, "no " + s + " in " + statuses);
        }
        assertTrue(DEMO.documents().stream().anyMatch(d -> d.history().stream()
                .anyMatch(h -> h.reason().equals(DemoRegisterGenerator.REASON_VALIDITY_ENDED))));
        assertTrue(DEMO.documents().stream().anyMatch(d -> d.history().stream()
                .anyMatch(h -> h.to().equals("AMENDED") && h.reason().contains("关于修改"))));
        assertTrue(DEMO.documents().stream().anyMatch(d -> d.issuers().size() == 3));
        assertTrue(DEMO.documents().stream().anyMatch(d -> d.issuers().size() == 2));

        Map<FilingState, Integer> states = new EnumMap<>(FilingState.class);
        DEMO.filings().forEach(f -> states.merge(DemoRegisterInvariants.finalState(f), 1, Integer::sum));
        for (FilingState s : List.of(FilingState.CLOSED, FilingState.RETURNED_FOR_CORRECTION,
                FilingState.REJECTED_NOT_IN_SCOPE)) {
            assertTrue(states.getOrDefault(s, 0) > 0, "no " + s + " in " + states);
        }
        assertTrue(DEMO.filings().stream().anyMatch(f -> f.events().stream().map(DemoRegister.FilingEventEntry::to)
                .toList().containsAll(List.of("RETURNED_FOR_CORRECTION", "RECEIVED", "REGISTERED"))));
        Map<String, String> published = new HashMap<>();
        DEMO.documents().forEach(d -> published.put(d.key(), d.publishedDate()));
        long late = DEMO.filings().stream().filter(f -> ChronoUnit.DAYS.between(
                LocalDate.parse(published.get(f.document())), LocalDate.parse(f.receivedDate())) > 30).count();
        assertTrue(late > 0 && late < DEMO.filings().size() / 3, "late filings: " + late);
        assertEquals(3, DEMO.filings().stream().map(DemoRegister.FilingEntry::channel).distinct().count());
    }

    @Test
    void some_numbers_are_typed_oddly_and_a_few_documents_have_none() {
        List<String> numbers = DEMO.documents().stream().filter(d -> !d.type().equals("GOVERNMENT_RULE"))
                .map(DemoRegister.DocumentEntry::docNumber).toList();
        long none = numbers.stream().filter(n -> n == null).count();
        long odd = numbers.stream().filter(n -> n != null)
                .filter(n -> !n.equals(DocNumber.parse(n).orElseThrow().normalized())).count();
        assertTrue(none > 0 && none < numbers.size() / 10, "without 文号: " + none);
        assertTrue(odd >= numbers.size() / 50 && odd <= numbers.size() / 10, "odd 文号: " + odd);
    }

    private static Map<String, DemoRegister.IssuerEntry> issuers(DemoRegister register) {
        return register.issuers().stream().collect(Collectors.toMap(DemoRegister.IssuerEntry::key, i -> i));
    }
}
