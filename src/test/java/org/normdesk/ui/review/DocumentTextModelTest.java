package org.normdesk.ui.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.hints.HintView;
import org.normdesk.service.review.text.TextFixtures;
import org.normdesk.ui.review.hints.DocumentTextModel;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTextModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private Workspace ws;
    private DocumentTextModel model;
    private long doc;

    @BeforeEach
    void open() {
        ws = Workspace.open(org.normdesk.store.DatabaseConfig.embedded(dir.resolve("db")), dir.resolve("a"), null, CLOCK,
                () -> "wangli");
        Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        doc = ws.register().add(new DocumentInput("濮阳市城市道路挖掘管理办法", "濮政〔2020〕3号", List.of(city.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, "2020-02-20", "2020-03-20", null, null)).id();
        model = new DocumentTextModel(ws.hints(), InlineTaskRunner.immediate(), Messages.load(Locale.SIMPLIFIED_CHINESE),
                CLOCK.getZone());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void importing_a_text_shows_its_articles_and_hints_and_a_hint_selects_its_article() throws Exception {
        model.load(doc);
        assertTrue(model.stateProperty().get().startsWith("尚未导入"), model.stateProperty().get());
        assertTrue(model.articles().isEmpty());

        model.importFile(TextFixtures.docx(dir.resolve("办法.docx"), Arrays.asList(TextFixtures.SAMPLE.split("\n"))));
        assertEquals("", model.errorProperty().get());
        assertEquals(7, model.articles().size(), "preamble and six articles");
        assertEquals(3, model.hints().size());
        assertTrue(model.stateProperty().get().contains("3 条提示，其中 0 条已排除"), model.stateProperty().get());
        assertEquals("已导入 办法.docx：6 条", model.messageProperty().get());
        assertTrue(model.sourceProperty().get().contains("wangli 2020-03-02 10:00"), model.sourceProperty().get());

        HintView penalty = model.hints().get(2);
        model.select(penalty);
        assertEquals(5, model.selectedArticleProperty().get().number());
        assertEquals(List.of(penalty), model.hintsIn(model.selectedArticleProperty().get()));
        assertTrue(model.detail(penalty).contains("行政处罚法第十六条"), model.detail(penalty));
    }

    @Test
    void a_dismissal_needs_a_reason_and_then_shows_who_and_why_and_a_bad_file_changes_nothing() throws Exception {
        model.load(doc);
        model.importFile(TextFixtures.docx(dir.resolve("办法.docx"), Arrays.asList(TextFixtures.SAMPLE.split("\n"))));
        model.dismissSelected();
        assertEquals("请先在提示列表中选中一条", model.errorProperty().get());

        model.select(model.hints().get(1));
        model.dismissSelected();
        assertEquals("排除提示须填写理由", model.errorProperty().get());
        assertFalse(model.hints().get(1).dismissed());

        model.dismissReasonProperty().set("条例第三十三条有规定");
        model.dismissSelected();
        assertEquals("", model.errorProperty().get());
        assertTrue(model.hints().get(1).dismissed());
        assertTrue(model.selectedHintProperty().get().dismissed(), "the same hint stays selected");
        assertEquals("已排除（wangli）：条例第三十三条有规定", model.status(model.hints().get(1)));
        assertEquals("", model.dismissReasonProperty().get());
        assertTrue(model.stateProperty().get().contains("其中 1 条已排除"));

        model.importFile(TextFixtures.corruptDocx(dir.resolve("坏.docx")));
        assertTrue(model.errorProperty().get().contains("坏.docx 已损坏"), model.errorProperty().get());
        assertEquals(3, model.hints().size(), "the text shown stays");

        model.importFile(TextFixtures.scannedPdf(dir.resolve("扫描.pdf")));
        assertTrue(model.stateProperty().get().contains("扫描件，没有文字层"), model.stateProperty().get());
        assertTrue(model.hints().isEmpty());
    }
}
