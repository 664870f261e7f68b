package org.normdesk.service.demo;

import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What every generated demo register must satisfy, whatever its seed and size. */
final class DemoRegisterInvariants {
    private static final LocalDate AS_OF = DemoRegisterGenerator.AS_OF;
    private static final Pattern REGISTRATION_NO = Pattern.compile("^(\\p{IsHan}+)〔(\\d{4})〕(\\d+)号$");

    private DemoRegisterInvariants() {
    }

    static void check(DemoRegister register) {
        Map<String, DemoRegister.IssuerEntry> issuers = checkIssuers(register.issuers());
        Map<String, DemoRegister.DocumentEntry> documents = checkDocuments(register.documents(), issuers);
        checkNumbers(register.documents(), issuers);
        checkHistories(register.documents(), documents, issuers);
        checkFilings(register, documents, issuers);
    }

    private static Map<String, DemoRegister.IssuerEntry> checkIssuers(List<DemoRegister.IssuerEntry> entries) {
        Map<String, DemoRegister.IssuerEntry> byKey = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (DemoRegister.IssuerEntry issuer : entries) {
            assertNull(byKey.put(issuer.key(), issuer), () -> "issuer key twice: " + issuer.key());
            assertTrue(names.add(issuer.name()), () -> "issuer name twice: " + issuer.name());
            OrgLevel.valueOf(issuer.level());
            OrgKind.valueOf(issuer.kind());
            assertTrue(issuer.parent() == null || byKey.containsKey(issuer.parent()) && !issuer.parent().equals(issuer.key()),
                    () -> "parent must come first: " + issuer);
        }
        return byKey;
    }

    private static Map<String, DemoRegister.DocumentEntry> checkDocuments(List<DemoRegister.DocumentEntry> entries,
                                                                        Map<String, DemoRegister.IssuerEntry> issuers) {
        Map<String, DemoRegister.DocumentEntry> byKey = new HashMap<>();
        Map<Integer, Set<String>> titlesByYear = new HashMap<>();
        for (DemoRegister.DocumentEntry d : entries) {
            assertNull(byKey.put(d.key(), d), () -> "document key twice: " + d.key());
            assertFalse(d.issuers().isEmpty(), d.key());
            assertEquals(d.issuers().size(), new HashSet<>(d.issuers()).size(), () -> "issuer twice in " + d.key());
            d.issuers().forEach(k -> assertNotNull(issuers.get(k), () -> d.key() + " names unknown issuer " + k));
            DemoRegister.IssuerEntry lead = issuers.get(d.issuers().get(0));
            DocumentType type = DocumentType.valueOf(d.type());
            if (type == DocumentType.GOVERNMENT_RULE) {
                assertEquals("GOVERNMENT", lead.kind(), d.key());
                assertEquals("CITY", lead.level(), d.key());
            } else {
                assertEquals(OrgKind.valueOf(lead.kind()).issuesGovernmentDocuments()
                        ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE, type, d.key());
            }
            LocalDate signed = day(d.signedDate());
            LocalDate published = day(d.publishedDate());
            LocalDate effective = day(d.effectiveDate());
            assertFalse(published.isBefore(signed), () -> "published before signed: " + d);
            assertFalse(effective.isBefore(published), () -> "effective before published: " + d);
            assertTrue(published.getYear() >= DemoRegisterGenerator.FIRST_YEAR - 1 && !published.isAfter(AS_OF), d.key());
            if (d.validUntil() != null) {
                assertTrue(day(d.validUntil()).isAfter(effective), () -> "validity ends too early: " + d);
            }
            String title = TextNormalizer.normalizeTitle(d.title());
            assertTrue(titlesByYear.computeIfAbsent(published.getYear(), y -> new HashSet<>()).add(title),
                    () -> "title twice in " + published.getYear() + ": " + d.title());
            assertNotNull(d.subjectArea(), d.key());
        }
        return byKey;
    }

    /** (lead, normalised 文号) unique; serials increase with publication date per body and year. */
    private static void checkNumbers(List<DemoRegister.DocumentEntry> entries, Map<String, DemoRegister.IssuerEntry> issuers) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> lastSerial = new HashMap<>();
        Map<String, LocalDate> lastDate = new HashMap<>();
        List<DemoRegister.DocumentEntry> inOrder = new ArrayList<>(entries);
        inOrder.sort(Comparator.comparing(DemoRegister.DocumentEntry::publishedDate));
        for (DemoRegister.DocumentEntry d : inOrder) {
            if (d.docNumber() == null) {
                continue;
            }
            DocNumber number = DocNumber.parse(d.docNumber()).orElseThrow();
            assertTrue(number.parsed(), () -> "unreadable 文号 " + d.docNumber());
            String lead = d.issuers().get(0);
            assertTrue(seen.add(lead + "|" + number.normalized()),
                    () -> "文号 twice for " + issuers.get(lead).name() + ": " + number.normalized());
            if (number.year() == null) {
                assertEquals("GOVERNMENT_RULE", d.type(), () -> "only rules carry decree numbers: " + d.docNumber());
                continue;
            }
            LocalDate published = day(d.publishedDate());
            assertEquals(published.getYear(), number.year(), () -> "文号 year is not the publication year: " + d);
            String series = lead + "|" + number.year();
            Integer previous = lastSerial.put(series, number.serial());
            assertTrue(previous == null || previous < number.serial(), () -> "serial not increasing: " + d);
            LocalDate before = lastDate.put(series, published);
            assertTrue(before == null || !before.isAfter(published), d.key());
        }
    }

    private static void checkHistories(List<DemoRegister.DocumentEntry> entries,
                                       Map<String, DemoRegister.DocumentEntry> documents,
                                       Map<String, DemoRegister.IssuerEntry> issuers) {
        for (DemoRegister.DocumentEntry d : entries) {
            LocalDate effective = day(d.effectiveDate());
            LifecycleStatus status = LifecycleStatus.valueOf(d.initialStatus());
            assertEquals(effective.isAfter(AS_OF) ? LifecycleStatus.NOT_YET_EFFECTIVE : LifecycleStatus.VALID, status,
                    () -> "initial status of " + d);
            LocalDate last = effective;
            LocalDate naturalEnd = d.validUntil() == null ? null : day(d.validUntil()).plusDays(1);
            for (DemoRegister.HistoryEntry h : d.history()) {
                LifecycleStatus to = LifecycleStatus.valueOf(h.to());
                assertTrue(status.canMoveTo(to), () -> "illegal " + d.key() + ": " + d.history());
                LocalDate on = day(h.effectiveOn());
                assertFalse(on.isBefore(last), () -> "history out of order: " + d);
                assertFalse(on.isAfter(AS_OF), () -> "history after " + AS_OF + ": " + d);
                assertTrue(h.reason() != null && !h.reason().isBlank(), d.key());
                if (DemoRegisterGenerator.REASON_VALIDITY_ENDED.equals(h.reason())) {
                    assertEquals(LifecycleStatus.EXPIRED, to, d.key());
                    assertEquals(naturalEnd, on, () -> "expiry must be the day after validUntil: " + d);
                    assertNull(h.causedBy(), d.key());
                } else {
                    assertTrue(naturalEnd == null || on.isBefore(naturalEnd), () -> "change after expiry: " + d);
                    assertNotNull(h.causedBy(), () -> "change without its document: " + d);
                }
                if (h.causedBy() != null) {
                    DemoRegister.DocumentEntry cause = documents.get(h.causedBy());
                    assertNotNull(cause, () -> "unknown cause " + h.causedBy());
                    assertEquals(on, day(cause.effectiveDate()), () -> "change not on the cause's day: " + d);
                    assertTrue(day(cause.publishedDate()).isAfter(day(d.publishedDate())),
                            () -> "cause not later: " + d);
                    String lead = d.issuers().get(0);
                    String causeLead = cause.issuers().get(0);
                    boolean cleanup = h.reason().startsWith("规范性文件清理");
                    assertTrue(cleanup ? causeLead.equals(lead) || causeLead.equals(issuers.get(lead).parent())
                            : causeLead.equals(lead), () -> "caused by another body's document: " + d);
                }
                status = to;
                last = on;
            }
            if (naturalEnd != null && !naturalEnd.isAfter(AS_OF)) {
                assertTrue(status.isTerminal(), () -> "validity over but still " + d.history() + ": " + d);
            }
        }
    }

    private static void checkFilings(DemoRegister register, Map<String, DemoRegister.DocumentEntry> documents,
                                     Map<String, DemoRegister.IssuerEntry> issuers) {
        Set<String> filed = new HashSet<>();
        record Registration(String prefix, int year, int serial, LocalDate on) {
        }
        List<Registration> registrations = new ArrayList<>();
        for (DemoRegister.FilingEntry f : register.filings()) {
            DemoRegister.DocumentEntry d = documents.get(f.document());
            assertNotNull(d, () -> "filing of unknown document " + f.document());
            assertTrue(filed.add(f.document()), () -> "filed twice: " + f.document());
            assertEquals(d.issuers().get(0), f.filingUnit(), () -> "filing unit is not the lead body: " + f);
            assertFalse(isCityGovernment(issuers.get(f.filingUnit())), () -> "city government filing with itself: " + f);
            FilingChannel.valueOf(f.channel());
            LocalDate received = day(f.receivedDate());
            long lag = ChronoUnit.DAYS.between(day(d.publishedDate()), received);
            assertTrue(lag >= DemoRegisterGenerator.MIN_FILING_LAG && lag <= DemoRegisterGenerator.MAX_FILING_LAG,
                    () -> "received " + lag + " days after publication: " + f);
            assertFalse(f.events().isEmpty());
            assertEquals("RECEIVED", f.events().get(0).to());
            assertEquals(f.receivedDate(), f.events().get(0).on());
            FilingState state = null;
            LocalDate last = received;
            for (DemoRegister.FilingEventEntry e : f.events()) {
                FilingState to = FilingState.valueOf(e.to());
                if (state != null) {
                    FilingState from = state;
                    assertTrue(from.canMoveTo(to), () -> "illegal " + from + " -> " + to + " in " + f);
                }
                LocalDate on = day(e.on());
                assertFalse(on.isBefore(last), () -> "events out of order: " + f);
                assertFalse(on.isAfter(AS_OF), () -> "event after " + AS_OF + ": " + f);
                if (to == FilingState.REGISTERED) {
                    Matcher m = REGISTRATION_NO.matcher(e.registrationNo() == null ? "" : e.registrationNo());
                    assertTrue(m.matches(), () -> "registration number " + e.registrationNo());
                    assertEquals(on.getYear(), Integer.parseInt(m.group(2)), () -> "registration year: " + f);
                    registrations.add(new Registration(m.group(1), on.getYear(), Integer.parseInt(m.group(3)), on));
                } else {
                    assertNull(e.registrationNo(), () -> "registration number on " + to + ": " + f);
                }
                state = to;
                last = on;
            }
        }
        // gap-free per prefix and year, in registration order
        registrations.sort(Comparator.comparing(Registration::prefix).thenComparingInt(Registration::year)
                .thenComparingInt(Registration::serial));
        String series = null;
        int expected = 0;
        LocalDate lastOn = null;
        for (Registration r : registrations) {
            String current = r.prefix() + r.year();
            if (!current.equals(series)) {
                series = current;
                expected = 0;
                lastOn = null;
            }
            expected++;
            assertEquals(expected, r.serial(), () -> "gap or duplicate in " + r.prefix() + " " + r.year());
            assertTrue(lastOn == null || !r.on().isBefore(lastOn), () -> "serial out of registration order: " + r);
            lastOn = r.on();
        }
        // every county or department document of 2018–2020 is filed, unless it was published too late to arrive
        LocalDate lastSure = AS_OF.minusDays(DemoRegisterGenerator.MAX_FILING_LAG);
        for (DemoRegister.DocumentEntry d : register.documents()) {
            LocalDate published = day(d.publishedDate());
            if (!isCityGovernment(issuers.get(d.issuers().get(0))) && published.getYear() >= 2018
                    && !published.isAfter(lastSure) && !filed.contains(d.key())) {
                fail("not filed: " + d);
            }
        }
    }

    /** ISO yyyy-MM-dd, strictly; faster than {@link LocalDate#parse} on a 100k register. */
    static LocalDate day(String iso) {
        if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            throw new AssertionError("not an ISO date: " + iso);
        }
        return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                Integer.parseInt(iso, 8, 10, 10));
    }

    static boolean isCityGovernment(DemoRegister.IssuerEntry issuer) {
        return "CITY".equals(issuer.level()) && OrgKind.valueOf(issuer.kind()).issuesGovernmentDocuments();
    }

    static LifecycleStatus finalStatus(DemoRegister.DocumentEntry d) {
        return DemoRegisterGenerator.finalStatus(d);
    }

    static FilingState finalState(DemoRegister.FilingEntry f) {
        return FilingState.valueOf(f.events().get(f.events().size() - 1).to());
    }
}
