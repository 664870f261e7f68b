package org.normdesk.service.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditChangesTest {
    private static final String STATUS_CHANGE = "{\"id\":1032,\"documentId\":525,\"from\":\"VALID\",\"to\":\"EXPIRED\","
            + "\"effectiveOn\":\"2025-01-05\",\"recordedAt\":\"2026-12-03T15:41:46.114087515Z\",\"recordedBy\":\"root\","
            + "\"reason\":\"@reason.validityEnded\",\"causedByDocumentId\":null}";

    @Test
    void a_status_change_reads_as_the_status_moving_with_the_date_and_reason_of_its_history_entry() {
        assertEquals(List.of(new AuditChanges.FieldChange("status", "VALID", "EXPIRED"),
                        new AuditChanges.FieldChange("effectiveOn", "", "2025-01-05"),
                        new AuditChanges.FieldChange("reason", "", "@reason.validityEnded")),
                AuditChanges.of("\"VALID\"", STATUS_CHANGE));
    }

    @Test
    void a_status_change_caused_by_another_document_names_it() {
        String repealed = STATUS_CHANGE.replace("\"EXPIRED\"", "\"REPEALED\"").replace(":null}", ":17}");
        assertEquals(new AuditChanges.FieldChange("causedByDocumentId", "", "17"),
                AuditChanges.of("\"VALID\"", repealed).get(3));
    }

    @Test
    void an_edited_record_lists_the_fields_that_differ_without_its_bookkeeping() {
        String before = "{\"id\":5,\"title\":\"濮阳市燃气管理办法\",\"docNumber\":{\"raw\":\"濮政〔2019〕24号\"},\"version\":0}";
        String after = "{\"id\":5,\"title\":\"濮阳市燃气管理办法（修订）\",\"docNumber\":{\"raw\":\"濮政〔2019〕24号\"},\"version\":1}";
        assertEquals(List.of(new AuditChanges.FieldChange("title", "濮阳市燃气管理办法", "濮阳市燃气管理办法（修订）")),
                AuditChanges.of(before, after));
    }

    @Test
    void a_note_that_is_not_a_record_is_shown_as_it_is() {
        assertEquals(List.of(new AuditChanges.FieldChange("", "", "password changed")),
                AuditChanges.of(null, "\"password changed\""));
    }

    @Test
    void a_nested_record_without_a_name_is_compared_field_by_field_and_a_list_of_them_by_its_size() {
        String before = "{\"filing\":{\"id\":175,\"documentId\":600,\"filingUnitId\":3,\"receivedDate\":\"2020-12-30\","
                + "\"channel\":\"PAPER\",\"state\":\"RECEIVED\",\"registrationNo\":null,\"registeredDate\":null,"
                + "\"version\":0},\"submissions\":[{\"id\":1,\"seq\":1}]}";
        String after = before.replace("\"RECEIVED\",\"registrationNo\":null,\"registeredDate\":null,\"version\":0",
                "\"REGISTERED\",\"registrationNo\":\"濮规备〔2026〕1号\",\"registeredDate\":\"2026-12-03\",\"version\":1");
        assertEquals(List.of(new AuditChanges.FieldChange("state", "RECEIVED", "REGISTERED"),
                        new AuditChanges.FieldChange("registrationNo", "", "濮规备〔2026〕1号"),
                        new AuditChanges.FieldChange("registeredDate", "", "2026-12-03")),
                AuditChanges.of(before, after));
        String resubmitted = before.replace("[{\"id\":1,\"seq\":1}]", "[{\"id\":1,\"seq\":1},{\"id\":2,\"seq\":2}]");
        assertEquals(List.of(new AuditChanges.FieldChange("submissions", "1", "2")),
                AuditChanges.of(before, resubmitted));
    }
}
