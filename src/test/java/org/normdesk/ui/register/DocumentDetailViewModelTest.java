package org.normdesk.ui.register;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentDetailViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The detail pane of document {@code id}, its audit tab filled from the register's trail. */
    private DocumentDetailViewModel shown(Messages messages, long id) {
        DocumentDetailViewModel detail = new DocumentDetailViewModel(fixture.register(), messages,
                InlineTaskRunner.immediate());
        detail.setAuditTrail(fixture.workspace.audit());
        detail.show(id);
        return detail;
    }

    /** 濮政〔2019〕24号 expires on 2020-03-01 with the daily job's reason, a message key shown in the reader's language. */
    private void expireGasAsTheDailyJobDoes() {
        NormativeDocument gas = fixture.register().get(fixture.gas.id());
        fixture.register().changeStatus(gas.id(), gas.version(), LifecycleStatus.EXPIRED, LocalDate.of(2020, 3, 1),
                LifecycleService.REASON_VALIDITY_ENDED, null);
    }

    private static String lastChanges(DocumentDetailViewModel detail) {
        return detail.audit().get(detail.audit().size() - 1).changes();
    }

    @Test
    void the_audit_tab_reads_a_status_change_as_labels_a_date_a_reason_and_the_causing_document() {
        NormativeDocument gas = fixture.register().get(fixture.gas.id());
        fixture.register().changeStatus(gas.id(), gas.version(), LifecycleStatus.REPEALED, LocalDate.of(2020, 3, 1),
                "被新办法替代", fixture.greening.id());
        DocumentDetailViewModel detail = shown(fixture.messages, gas.id());

        AuditRow last = detail.audit().get(detail.audit().size() - 1);
        assertEquals("变更效力状态", last.action());
        assertEquals(String.join("\n", List.of("效力状态：现行有效 → 已废止", "生效日期：2020-03-01", "理由：被新办法替代",
                "依据文件：濮政〔2019〕12号 " + RegisterFixture.GREENING)), last.changes());
    }

    @Test
    void a_status_change_recorded_with_a_reason_key_shows_the_reason_as_text() {
        expireGasAsTheDailyJobDoes();

        assertEquals(String.join("\n", List.of("效力状态：现行有效 → 已失效", "生效日期：2020-03-01", "理由：有效期届满自动失效")),
                lastChanges(shown(fixture.messages, fixture.gas.id())));
    }

    @Test
    void a_relation_reads_as_its_kind_and_the_two_documents_by_number_and_title() {
        LifecycleService lifecycle = fixture.workspace.lifecycle();
        lifecycle.relate(fixture.greening.id(), RelationKind.AMENDS, fixture.gas.id(), LocalDate.of(2020, 1, 20),
                "部分条款修改");
        DocumentDetailViewModel detail = shown(fixture.messages, fixture.gas.id());

        AuditRow relate = detail.audit().stream().filter(r -> r.action().equals(
                fixture.messages.get("audit.action.document.relate"))).findFirst().orElseThrow();
        assertEquals(String.join("\n", List.of("关系：修改", "发起文件：濮政〔2019〕12号 " + RegisterFixture.GREENING,
                "所涉文件：濮政〔2019〕24号 " + RegisterFixture.GAS, "生效日期：2020-01-20")), relate.changes());
    }

    @Test
    void in_english_the_fields_read_with_an_ascii_colon_and_english_labels() {
        expireGasAsTheDailyJobDoes();

        String changes = lastChanges(shown(Messages.load(Locale.ENGLISH), fixture.gas.id()));
        assertEquals("Status: Valid → Expired", changes.lines().findFirst().orElseThrow());
        assertEquals("Effective on: 2020-03-01", changes.lines().skip(1).findFirst().orElseThrow());
    }
}
