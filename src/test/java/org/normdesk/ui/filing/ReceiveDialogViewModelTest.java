package org.normdesk.ui.filing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeField;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.ui.IntakeFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The receive form: what it sends, and how it shows what the service says back. */
class ReceiveDialogViewModelTest {
    @TempDir
    Path dir;

    private IntakeFixture fixture;
    private final List<FilingView> saved = new ArrayList<>();
    private final List<Long> shownExisting = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ReceiveDialogViewModel form() {
        return new ReceiveDialogViewModel(fixture.workspace.filings(), fixture.workspace.register(),
                fixture.messages, InlineTaskRunner.immediate(), fixture.workspace.register().issuers(),
                MaterialKind.defaultRequired(), IntakeFixture.TODAY);
    }

    /** A new county document received on {@code received}, all required materials ticked. */
    private ReceiveDialogViewModel filledIn(String received) {
        ReceiveDialogViewModel form = form();
        form.newDocument().titleProperty().set("清丰县农村宅基地管理办法");
        form.newDocument().docNumberProperty().set("清政〔2019〕8号");
        form.newDocument().addIssuer(fixture.county);
        form.newDocument().publishedDateProperty().set("2019年9月20日");
        form.receivedDateProperty().set(received);
        form.materials().tick(MaterialKind.defaultRequired());
        return form;
    }

    private void save(ReceiveDialogViewModel form, boolean answer) {
        form.save((header, text) -> {
            questions.add(header + "|" + text);
            return answer;
        }, saved::add, shownExisting::add);
    }

    private int filings() {
        return fixture.workspace.filings().queue(Set.of()).size();
    }

    @Test
    void a_new_document_is_added_with_its_filing_and_the_lead_issuer_is_suggested_as_the_unit() throws Exception {
        ReceiveDialogViewModel form = filledIn("2019-10-08");
        Path scan = Files.writeString(dir.resolve("备案报告.pdf"), "scan");
        form.materials().attach(MaterialKind.FILING_REPORT, scan);
        form.channelProperty().set(FilingChannel.ONLINE);

        assertEquals(fixture.county, form.unitProperty().get(), "the lead body files");
        ReceiveRequest request = form.request();
        assertNull(request.existingDocumentId());
        assertEquals("清政〔2019〕8号", request.newDocument().docNumber());
        assertEquals(DocumentType.GOVERNMENT_NORMATIVE, request.newDocument().type(), "suggested from the issuer");
        assertEquals(fixture.county.id(), request.filingUnitId());
        assertEquals(new MaterialInput(MaterialKind.FILING_REPORT, true, scan), request.materials().get(0));
        assertFalse(request.acknowledgeWarnings());

        save(form, true);

        assertEquals(1, saved.size());
        assertTrue(questions.isEmpty(), "a working day raises no warning");
        FilingView view = saved.get(0);
        assertEquals("备案报告.pdf", view.currentSubmission().materials().get(0).fileName());
        assertEquals(FilingChannel.ONLINE, view.filing().channel());
        assertEquals(2, fixture.workspace.register().count());
    }

    @Test
    void a_new_document_gets_the_validity_suggestion_of_the_add_form_unless_overridden() {
        ReceiveDialogViewModel form = filledIn("2019-10-08")
                .suggestValidity(new org.normdesk.domain.document.ValidityRules(4, 1, List.of(3)));
        form.newDocument().titleProperty().set("清丰县农村宅基地管理暂行办法");
        form.newDocument().effectiveDateProperty().set("2019-11-01");
        assertEquals("留空即按暂行、试行文件有效期 1 年计：至 2020-10-31", form.newDocument().validityHintProperty().get());
        assertEquals("2020-10-31", form.request().newDocument().validUntil(), "an empty field saves the suggestion");

        form.newDocument().titleProperty().set("清丰县农村宅基地管理办法");
        assertEquals("2023-10-31", form.request().newDocument().validUntil(), "the setting's 4 years");

        form.newDocument().validUntilProperty().set("2022-06-30");
        assertEquals("", form.newDocument().validityHintProperty().get());
        assertEquals("2022-06-30", form.request().newDocument().validUntil(), "typing overrides it");

        form.newDocument().validUntilProperty().set("");
        form.newDocument().noValidityProperty().set(true);
        assertTrue(form.request().newDocument().validUntil().isBlank(), "不设有效期 saves none");

        save(form, true);
        assertEquals(1, saved.size());
        assertNull(fixture.workspace.register().get(saved.get(0).filing().documentId()).validUntil());
    }

    @Test
    void an_impossible_received_date_is_shown_under_its_field_and_nothing_is_saved() {
        ReceiveDialogViewModel form = filledIn("2019-02-30");

        save(form, true);

        assertTrue(saved.isEmpty());
        assertEquals("不存在的日期：2019-02-30", form.errorProperty(IntakeField.RECEIVED_DATE).get());
        assertEquals("有 1 处填写有误", form.formErrorProperty().get());
        assertEquals(0, filings());
        assertEquals(1, fixture.workspace.register().count(), "the new document is not added either");

        form.receivedDateProperty().set("20191008");
        assertEquals("", form.errorProperty(IntakeField.RECEIVED_DATE).get(), "editing clears the message");
        save(form, true);
        assertEquals(1, saved.size());
    }

    @Test
    void a_receipt_on_a_holiday_asks_first_and_is_saved_only_when_confirmed() {
        ReceiveDialogViewModel form = filledIn("2019-10-03");

        save(form, false);
        assertTrue(saved.isEmpty());
        assertEquals(1, questions.size());
        assertTrue(questions.get(0).startsWith("请确认以下情况|收文日期 2019-10-03 不是工作日"), questions.get(0));
        assertTrue(questions.get(0).endsWith("仍要保存吗？"), questions.get(0));
        assertEquals("未保存：请核对后再登记", form.formErrorProperty().get());
        assertEquals(0, filings());

        save(form, true);
        assertEquals(2, questions.size());
        assertEquals(1, saved.size(), "sent again, acknowledged");
        assertEquals("2019-10-03", saved.get(0).filing().receivedDate().toString());
    }

    @Test
    void a_document_already_filed_offers_to_show_its_filing() {
        FilingView first = fixture.receive("清丰县集贸市场管理办法", "清政〔2019〕7号", fixture.county, "2019-09-27",
                "2019-10-11");
        ReceiveDialogViewModel form = form().withDocument(new DocumentPick(first.document().id(), "清政〔2019〕7号",
                "清丰县集贸市场管理办法", "清丰县人民政府", null));

        save(form, true);

        assertTrue(saved.isEmpty());
        assertEquals(List.of(first.filing().id()), shownExisting);
        assertTrue(questions.get(0).startsWith("该文件已报送备案|《清丰县集贸市场管理办法》已报送备案（备案件 #"),
                questions.get(0));
        assertEquals(1, filings());
    }

    @Test
    void problems_with_the_document_and_the_filing_show_under_their_fields() {
        ReceiveDialogViewModel form = form();
        form.newDocument().docNumberProperty().set("清政〔2019〕8号");
        form.receivedDateProperty().set("2019-10-08");

        save(form, true);
        assertEquals("请选择报送单位", form.errorProperty(IntakeField.FILING_UNIT).get());
        assertEquals("", form.newDocument().errorProperty(DocumentField.TITLE).get(),
                "the document is checked once the filing fields are right");

        form.unitProperty().set(fixture.county);
        save(form, true);
        assertEquals("", form.errorProperty(IntakeField.FILING_UNIT).get());
        assertFalse(form.newDocument().errorProperty(DocumentField.TITLE).get().isEmpty());
        assertFalse(form.newDocument().errorProperty(DocumentField.ISSUERS).get().isEmpty());
        assertTrue(form.formErrorProperty().get().startsWith("有 "), form.formErrorProperty().get());

        form.sourceProperty().set(ReceiveDialogViewModel.Source.EXISTING);
        save(form, true);
        assertEquals("请选择台账中的文件，或录入新文件", form.errorProperty(IntakeField.DOCUMENT).get());
        assertTrue(saved.isEmpty());
    }

    @Test
    void a_unit_the_clerk_chose_is_kept_when_the_issuers_change() {
        ReceiveDialogViewModel form = form();
        form.newDocument().addIssuer(fixture.education);
        assertEquals(fixture.education, form.unitProperty().get());
        form.newDocument().makeLead(null);
        form.unitProperty().set(fixture.city);

        form.newDocument().addIssuer(fixture.county);
        form.newDocument().makeLead(fixture.county);

        assertEquals(fixture.city, form.unitProperty().get());
    }

    @Test
    void unticking_a_material_drops_its_file_and_the_missing_required_ones_are_known() throws Exception {
        ReceiveDialogViewModel form = form();
        Path file = Files.writeString(dir.resolve("依据.pdf"), "x");
        form.materials().attach(MaterialKind.LEGAL_BASIS, file);
        assertTrue(form.materials().line(MaterialKind.LEGAL_BASIS).presentProperty().get());

        form.materials().line(MaterialKind.LEGAL_BASIS).presentProperty().set(false);

        assertNull(form.materials().line(MaterialKind.LEGAL_BASIS).fileProperty().get());
        assertEquals(MaterialKind.defaultRequired(), form.materials().missingRequired());
        assertEquals(MaterialKind.values().length, form.materials().inputs().size());
        assertTrue(form.materials().line(MaterialKind.FILING_REPORT).required());
        assertFalse(form.materials().line(MaterialKind.ELECTRONIC_TEXT).required());
    }

    @Test
    void register_documents_are_found_by_number_and_choosing_one_suggests_its_issuer() {
        ReceiveDialogViewModel form = form();
        form.sourceProperty().set(ReceiveDialogViewModel.Source.EXISTING);
        form.documentSearchProperty().set("清政〔2019〕3");

        form.searchDocuments();

        assertEquals(List.of(IntakeFixture.UNFILED), form.candidates().stream().map(DocumentPick::title).toList());
        form.existingProperty().set(form.candidates().get(0));
        assertEquals(fixture.county, form.unitProperty().get());
        assertEquals(fixture.unfiled.id(), form.request().existingDocumentId());
    }
}
