package org.normdesk.domain.document;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NormativeDocumentTest {
    private static final Issuer CITY = new Issuer(1L, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null);
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

    private static DocumentInput input(String published, String effective, String validUntil) {
        return new DocumentInput("某管理办法", "濮政〔2020〕1号", List.of(1L), DocumentType.GOVERNMENT_NORMATIVE, null,
                null, published, effective, validUntil, null);
    }

    @Test
    void a_validity_end_before_the_effective_date_is_reported_on_the_valid_until_field() {
        DocumentValidationException e = assertThrows(DocumentValidationException.class,
                () -> input("2020-01-01", "2020-02-01", "2020-01-15").toDocument(List.of(CITY), TODAY, null, 0, null, null));
        assertEquals(DocumentField.VALID_UNTIL, e.errors().get(0).field());
        assertEquals("document.validity.beforeEffective", e.errors().get(0).error().messageKey());
    }

    @Test
    void the_initial_status_follows_the_dates() {
        assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, NormativeDocument.initialStatus(TODAY.plusDays(1), null, TODAY));
        assertEquals(LifecycleStatus.VALID, NormativeDocument.initialStatus(TODAY, TODAY, TODAY));
        assertEquals(LifecycleStatus.EXPIRED, NormativeDocument.initialStatus(TODAY.minusYears(6), TODAY.minusDays(1), TODAY));
        assertEquals(LifecycleStatus.VALID, NormativeDocument.initialStatus(null, null, TODAY));
    }

    @Test
    void an_issuer_listed_twice_is_refused() {
        DomainException e = assertThrows(DomainException.class, () -> new NormativeDocument(null, "办法", null,
                List.of(CITY, CITY), DocumentType.GOVERNMENT_NORMATIVE, null, null, null, null, null,
                LifecycleStatus.VALID, null, 0));
        assertEquals("document.issuers.duplicate", e.messageKey());
    }

    @Test
    void an_odd_number_is_kept_as_typed_and_flagged() {
        NormativeDocument doc = new DocumentInput("某办法", "HFGS—2017—9", List.of(1L), DocumentType.GOVERNMENT_NORMATIVE,
                null, null, null, null, null, null).toDocument(List.of(CITY), TODAY, null, 0, null, null);
        assertEquals("HFGS—2017—9", doc.docNumber().raw());
        assertEquals(true, doc.docNumber().isFlagged());
    }
}
