package org.normdesk.ui.upward;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.upward.UpwardState;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 报送备案 section's view-model over a real register, on H2 and PostgreSQL. */
class UpwardViewModelTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void own_documents_are_listed_filtered_and_moved_through_their_states(DatabaseKind kind) throws Exception {
        try (ReviewFixture fixture = new ReviewFixture(TestDatabases.fresh(kind, dir), dir)) {
            fixture.as(ReviewFixture.CLERK);
            Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
            List<Path> opened = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            UpwardViewModel vm = new UpwardViewModel(fixture.workspace, messages, InlineTaskRunner.immediate(),
                    notes::add, fixture.clock, dir.resolve("exports"), (FileOpener) opened::add);
            vm.refresh();
            assertTrue(vm.rows().isEmpty(), "the fixture's filings are other bodies' documents");
            assertEquals("濮阳市人民政府", vm.newIssuerProperty().get().name());
            int documents = fixture.workspace.register().count();

            // without a publication date: refused with the service's message, nothing registered
            vm.newTitleProperty().set("濮阳市城市绿化管理办法");
            vm.newNumberProperty().set("濮阳市人民政府令第60号");
            vm.registerOwn();
            assertTrue(vm.errorProperty().get().contains("没有公布日期"), vm.errorProperty().get());
            assertEquals(documents, fixture.workspace.register().count());
            assertTrue(vm.rows().isEmpty());

            vm.newPublishedProperty().set("2019-09-20");
            vm.registerOwn();
            assertEquals("", vm.errorProperty().get());
            assertEquals(4, vm.rows().size());
            assertEquals("", vm.newTitleProperty().get(), "the form is cleared for the next one");
            assertTrue(vm.currentProperty().get() != null && vm.currentProperty().get().state() == UpwardState.TO_PREPARE);
            assertEquals(List.of(2019), vm.yearChoices());
            assertTrue(vm.countTextProperty().get().contains("即将到期 4 条"), vm.countTextProperty().get());

            vm.destinationFilterProperty().set("国务院");
            assertEquals(1, vm.shown().size());
            vm.destinationFilterProperty().set(null);
            vm.overdueOnlyProperty().set(true);
            assertEquals(0, vm.shown().size());
            vm.overdueOnlyProperty().set(false);
            vm.dueSoonOnlyProperty().set(true);
            assertEquals(4, vm.shown().size());
            vm.dueSoonOnlyProperty().set(false);
            vm.yearFilterProperty().set(2018);
            assertEquals(0, vm.shown().size());
            vm.yearFilterProperty().set(null);

            // an own document registered elsewhere shows without destinations until they are proposed
            fixture.workspace.register().add(new DocumentInput("濮阳市物业管理办法", "濮政〔2019〕11号",
                    List.of(fixture.city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-08-01", null,
                    null, null));
            vm.refresh();
            UpwardRow unproposed = vm.rows().stream().filter(r -> r.state() == null).findFirst().orElseThrow();
            assertNull(unproposed.dueDate());
            vm.select(unproposed);
            vm.propose();
            assertEquals(Set.of("省人民政府", "市人大常委会"), vm.rows().stream()
                    .filter(r -> r.title().equals("濮阳市物业管理办法")).map(UpwardRow::destination).collect(Collectors.toSet()));
            UpwardRow late = vm.rows().stream().filter(r -> r.title().equals("濮阳市物业管理办法")).findFirst().orElseThrow();
            assertEquals(-42, late.daysLeft(), "due 2019-09-02 (08-31 is a Saturday), seen on 10-14");
            assertTrue(late.overdue());
            assertTrue(vm.rows().get(0).overdue(), "the overdue first");

            // the rule to 省人民政府: sending refused until every required material is there and the report drawn up
            UpwardRow province = vm.rows().stream().filter(r -> r.title().equals("濮阳市城市绿化管理办法")
                    && "省人民政府".equals(r.destination())).findFirst().orElseThrow();
            vm.select(province);
            assertTrue(vm.addableDestinations().isEmpty(), "all four are there already");
            assertEquals(5, vm.checklist().size());
            vm.markSent();
            assertTrue(vm.errorProperty().get().contains("备案报告"), vm.errorProperty().get());
            for (MaterialKind k : List.of(MaterialKind.OFFICIAL_TEXT, MaterialKind.DRAFTING_EXPLANATION,
                    MaterialKind.LEGAL_BASIS, MaterialKind.LEGALITY_REVIEW_OPINION)) {
                vm.attachKindProperty().set(k);
                vm.attach(Files.writeString(dir.resolve(k.name() + ".txt"), k.name()));
            }
            assertTrue(vm.checklist().stream().filter(i -> i.kind() != MaterialKind.FILING_REPORT).allMatch(i -> i.present()));
            vm.preparePackage();
            assertEquals(1, opened.size());
            assertTrue(Files.isRegularFile(opened.get(0)));
            assertTrue(vm.packageTextProperty().get().contains("必需材料齐全"), vm.packageTextProperty().get());
            vm.sentOnProperty().set("2019-09-19");
            vm.markSent();
            assertTrue(vm.errorProperty().get().contains("早于文件公布日期"), vm.errorProperty().get());
            vm.sentOnProperty().set("2019-10-14");
            vm.markSent();
            assertEquals(UpwardState.SENT, vm.currentProperty().get().state());
            assertEquals("省人民政府", vm.currentProperty().get().destination(), "the same line stays chosen");
            vm.feedbackProperty().set("请补充起草说明");
            vm.returned();
            assertEquals(UpwardState.RETURNED, vm.currentProperty().get().state());
            vm.resend();
            assertEquals(UpwardState.RESENT, vm.currentProperty().get().state());
            vm.receiptOnProperty().set("2019-10-14");
            vm.acknowledge();
            assertEquals(UpwardState.ACKNOWLEDGED, vm.currentProperty().get().state());
            assertEquals(LocalDate.of(2019, 10, 14), vm.currentProperty().get().acknowledgedOn());
            assertTrue(notes.get(notes.size() - 1).contains("回执"), notes.toString());

            // a reviewer only looks: the view greys the actions out, the service refuses them
            fixture.as(ReviewFixture.REVIEWER);
            assertFalse(vm.canAct());
            UpwardRow other = vm.rows().stream().filter(r -> r.state() == UpwardState.TO_PREPARE).findFirst().orElseThrow();
            vm.select(other);
            vm.markSent();
            assertTrue(vm.errorProperty().get().contains("登记员"), vm.errorProperty().get());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_dashboard_lists_overdue_and_due_soon_filings_with_their_days(DatabaseKind kind) {
        try (ReviewFixture fixture = new ReviewFixture(TestDatabases.fresh(kind, dir), dir)) {
            fixture.as(ReviewFixture.CLERK);
            Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
            fixture.workspace.upward().registerOwn(new DocumentInput("濮阳市城市绿化管理办法", "濮阳市人民政府令第60号",
                    List.of(fixture.city.id()), DocumentType.GOVERNMENT_RULE, null, null, "2019-09-20", null, null, null));
            fixture.workspace.upward().registerOwn(new DocumentInput("濮阳市物业管理办法", "濮政〔2019〕11号",
                    List.of(fixture.city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-08-01", null, null, null));
            fixture.workspace.upward().registerOwn(new DocumentInput("濮阳市停车管理办法", "濮政〔2019〕12号",
                    List.of(fixture.city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-10-10", null, null, null));
            UpwardDueViewModel due = new UpwardDueViewModel(fixture.workspace.upward(), messages,
                    InlineTaskRunner.immediate(), fixture.clock);
            due.refresh();
            assertEquals(6, due.items().size(), "4 due soon + 2 overdue; the ones due in November are not yet");
            assertEquals(2, due.overdueProperty().get());
            List<String> captions = due.items().stream().map(due::caption).toList();
            assertTrue(captions.contains("超期 42 天 · 省人民政府 · 《濮阳市物业管理办法》"), captions.toString());
            assertTrue(captions.contains("剩 7 天 · 国务院 · 《濮阳市城市绿化管理办法》"), captions.toString());
            assertTrue(due.overdue(due.items().get(0)), "most urgent first");
            assertEquals("待报送 6 条，其中超期 2 条", due.countText());
        }
    }
}
