package org.normdesk.ui.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.Principal;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.transfer.PackageManifest;
import org.normdesk.service.transfer.PackageReader;
import org.normdesk.service.transfer.Reconciliation;
import org.normdesk.service.transfer.Reconciliation.Resolution;
import org.normdesk.ui.PackageFixture;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.exchange.PackageImportViewModel.Kind;
import org.normdesk.ui.exchange.PackageImportViewModel.ReportRow;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange package dialogs' logic over two real H2 registers, a county ({@link PackageFixture}) and the city
 * ({@link RegisterFixture}): counts and filters of the reconciliation report, 应用 only once every conflict has a
 * choice (and why not before), the choices applied, the same package again has nothing to change, a refused package
 * shows the service's sentence; and the export dialog's recipient check, file name and result.
 */
class PackageDialogsViewModelTest {
    @TempDir
    Path dir;

    private static int count(PackageImportViewModel vm, Kind kind) {
        return vm.countProperty(kind).get();
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_report_counts_filters_holds_apply_back_until_every_conflict_is_chosen_and_applies_the_choices(
            DatabaseKind cityKind) throws Exception {
        try (PackageFixture county = new PackageFixture(dir.resolve("county"));
             Workspace cityWs = Workspace.open(TestDatabases.fresh(cityKind, dir), dir.resolve("city-attachments"),
                     null, RegisterFixture.CLOCK, new CurrentUser(Principal.singleUser("clerk")))) {
            Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
            Issuer cityCounty = PackageFixture.introduceTo(cityWs);
            // the city received one of the county government's documents on paper that the county's register lacks
            cityWs.filings().receive(new ReceiveRequest(null, new DocumentInput("清丰县集贸市场管理办法",
                    "清政〔2019〕9号", List.of(cityCounty.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null,
                    "2019-10-01", "2019-10-01", null, null), cityCounty.id(), "2019-10-15", FilingChannel.PAPER,
                    List.of(), true));
            AtomicInteger refreshed = new AtomicInteger();
            PackageImportViewModel vm = new PackageImportViewModel(cityWs.packages(), messages,
                    InlineTaskRunner.immediate(), refreshed::incrementAndGet);

            // the first package: three new documents, nothing to choose
            Path first = county.export(dir.resolve("first.ndpkg"), false);
            vm.reconcile(first);
            assertEquals("", vm.errorProperty().get());
            assertEquals(3, count(vm, Kind.NEW));
            assertEquals(0, count(vm, Kind.CONFLICT));
            assertEquals(1, count(vm, Kind.PAPER_ONLY));
            assertEquals(0, count(vm, Kind.CHANGED) + count(vm, Kind.UNCHANGED) + count(vm, Kind.MISSING_SERIAL));
            assertTrue(vm.headerTextProperty().get().startsWith("来自 清丰县司法局，生成于 "), vm.headerTextProperty().get());
            assertTrue(vm.headerTextProperty().get().endsWith("全部台账，文件 3 件（接收单位：濮阳市司法局）"),
                    vm.headerTextProperty().get());
            assertEquals(1, cityWs.register().count(), "the dry run writes nothing");
            assertNull(vm.kindFilterProperty().get(), "without conflicts every line is shown");
            assertEquals(4, vm.visibleRows().size());
            vm.kindFilterProperty().set(Kind.PAPER_ONLY);
            ReportRow paper = vm.visibleRows().get(0);
            assertEquals(List.of("清丰县集贸市场管理办法"), vm.visibleRows().stream().map(ReportRow::title).toList());
            assertEquals("清政〔2019〕9号", paper.docNumber());
            assertTrue(paper.detail().startsWith("清丰县人民政府 于 2019-10-15 报备"), paper.detail());
            vm.kindFilterProperty().set(Kind.NEW);
            assertEquals(3, vm.visibleRows().size());
            vm.kindFilterProperty().set(null);
            vm.searchTextProperty().set("殡葬");
            assertEquals(List.of(PackageFixture.FUNERALS), vm.visibleRows().stream().map(ReportRow::title).toList());
            vm.searchTextProperty().set("清教");
            assertEquals(List.of("清教〔2019〕1号"), vm.visibleRows().stream().map(ReportRow::docNumber).toList());
            vm.searchTextProperty().set("");
            vm.kindFilterProperty().set(Kind.UNCHANGED);
            assertTrue(vm.visibleRows().isEmpty());
            vm.kindFilterProperty().set(null);
            assertTrue(vm.canApply().get());
            assertEquals("应用后：新增 3 件，采用交换包 0 件，保留本地 0 件。", vm.applyHintProperty().get());
            vm.apply();
            assertEquals("", vm.errorProperty().get());
            assertEquals("导入完成：新增 3 件，采用交换包 0 件，保留本地 0 件，未变 0 件；新建关联 0 条，新建制定机关 1 个。",
                    vm.resultTextProperty().get());
            assertEquals(4, cityWs.register().count());
            assertEquals(1, refreshed.get(), "the register view is told");
            assertFalse(vm.canApply().get(), "applied once");

            // the same package again: nothing to change, 应用 unavailable and why
            vm.reconcile(first);
            assertTrue(vm.nothingToChangeProperty().get());
            assertEquals(3, count(vm, Kind.UNCHANGED));
            assertFalse(vm.canApply().get());
            assertEquals("该交换包此前已经导入，本台账与它一致，没有需要导入的内容。", vm.applyHintProperty().get());

            // both sides change 清政〔2019〕5号, the county adds one: a conflict and a new document
            PackageFixture.retitle(county.county, "清政〔2019〕5号", "清丰县城市绿化条例实施办法", "2024-12-31");
            county.add(county.government, "清丰县养犬管理办法", "清政〔2019〕12号", "2019-12-01");
            PackageFixture.retitle(cityWs, "清政〔2019〕5号", "清丰县城市绿化管理规定", null);
            Path second = county.export(dir.resolve("second.ndpkg"), true);
            vm.reconcile(second);
            assertEquals(1, count(vm, Kind.CONFLICT));
            assertEquals(1, count(vm, Kind.NEW));
            assertEquals(Kind.CONFLICT, vm.kindFilterProperty().get(), "the conflicts are shown first");
            ReportRow conflict = vm.selectedProperty().get();
            assertEquals(Kind.CONFLICT, conflict.kind());
            assertEquals("标题、有效期至", conflict.detail());
            assertEquals(List.of("title", "validUntil"), conflict.diffs().stream().map(d -> d.field()).toList());
            assertEquals("清丰县城市绿化管理规定", conflict.diffs().get(0).mine());
            assertEquals("清丰县城市绿化条例实施办法", conflict.diffs().get(0).theirs());
            assertEquals("（空）", vm.value("validUntil", conflict.diffs().get(1).mine()));
            assertEquals("2024-12-31", vm.value("validUntil", conflict.diffs().get(1).theirs()));
            assertEquals("现行有效", vm.value("status", "VALID"));
            assertEquals(1, vm.unresolvedProperty().get());
            assertFalse(vm.canApply().get(), "a conflict without a choice holds 应用 back");
            assertEquals("还有 1 个冲突（共 1 个）没有选择保留本地或采用交换包；全部选择后才能应用。", vm.applyHintProperty().get());
            vm.apply();
            assertNull(vm.result(), "nothing is applied while a conflict is open");

            conflict.resolutionProperty().set(Resolution.MINE);
            assertTrue(vm.canApply().get());
            assertEquals("应用后：新增 1 件，采用交换包 0 件，保留本地 1 件。", vm.applyHintProperty().get());
            vm.resolveAll(Resolution.THEIRS);
            assertEquals(Resolution.THEIRS, conflict.resolutionProperty().get());
            assertEquals("应用后：新增 1 件，采用交换包 1 件，保留本地 0 件。", vm.applyHintProperty().get());
            assertEquals(Map.of(conflict.key(), Resolution.THEIRS), vm.resolutions());
            conflict.resolutionProperty().set(null);
            assertFalse(vm.canApply().get(), "taking a choice back holds 应用 back again");
            conflict.resolutionProperty().set(Resolution.THEIRS);
            vm.apply();
            assertEquals("", vm.errorProperty().get());
            assertEquals("导入完成：新增 1 件，采用交换包 1 件，保留本地 0 件，未变 0 件；新建关联 0 条，新建制定机关 0 个。",
                    vm.resultTextProperty().get());
            assertEquals("清丰县城市绿化条例实施办法", PackageFixture.byNumber(cityWs, "清政〔2019〕5号").title());
            assertEquals(5, cityWs.register().count());
            assertEquals(2, refreshed.get());

            // a package that is not one: the service's sentence, nothing shown to apply
            Path broken = Files.writeString(dir.resolve("broken.ndpkg"), "序号,文件名称\n1,清丰县殡葬管理办法\n");
            vm.reconcile(broken);
            assertEquals("broken.ndpkg 不是交换包（不是 zip 文件），没有导入任何内容", vm.errorProperty().get());
            assertNull(vm.reportProperty().get());
            assertTrue(vm.rows().isEmpty());
            assertFalse(vm.canApply().get());
            assertEquals("交换包未能读取，原因见下方", vm.headerTextProperty().get());
            assertEquals(5, cityWs.register().count());
        }
    }

    @Test
    void gaps_in_the_senders_serials_are_lines_of_their_own_and_do_not_hold_apply_back() {
        PackageImportViewModel vm = new PackageImportViewModel(null, Messages.load(Locale.SIMPLIFIED_CHINESE),
                InlineTaskRunner.immediate(), () -> { });
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, "p1", "26", PackageFixture.COUNTY, "清司",
                PackageFixture.CITY, false, "p0", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1),
                Instant.parse("2020-03-01T02:00:00Z"), "clerk", Map.of("documents", 2L), List.of());
        vm.show(new Reconciliation("x.ndpkg", manifest, false, List.of(
                new Reconciliation.Item("7", Reconciliation.State.CHANGED, "清丰县殡葬管理办法", "清政〔2019〕6号", 3L,
                        List.of(new Reconciliation.FieldDiff("status", "VALID", "REPEALED"))),
                new Reconciliation.Item("9", Reconciliation.State.UNCHANGED, "清丰县物业管理办法", "清政〔2019〕7号", 4L,
                        List.of())),
                List.of(new Reconciliation.SerialGap("清登〔2019〕…号", List.of("清登〔2019〕3号", "清登〔2019〕5号–清登〔2019〕7号"))),
                List.of()));
        assertEquals(2, count(vm, Kind.MISSING_SERIAL));
        assertEquals(1, count(vm, Kind.CHANGED));
        assertEquals(1, count(vm, Kind.UNCHANGED));
        assertEquals(4, vm.rows().size());
        vm.kindFilterProperty().set(Kind.MISSING_SERIAL);
        assertEquals(List.of("清登〔2019〕3号", "清登〔2019〕5号–清登〔2019〕7号"),
                vm.visibleRows().stream().map(ReportRow::title).toList());
        assertEquals("登记号序列 清登〔2019〕…号", vm.visibleRows().get(0).detail());
        vm.kindFilterProperty().set(Kind.CHANGED);
        assertEquals("状态", vm.visibleRows().get(0).detail());
        assertEquals("已废止", vm.value("status", vm.visibleRows().get(0).diffs().get(0).theirs()));
        vm.searchTextProperty().set("物业");
        assertTrue(vm.visibleRows().isEmpty(), "the text filter works within the kind");
        vm.kindFilterProperty().set(null);
        assertEquals(1, vm.visibleRows().size());
        assertEquals(0, vm.unresolvedProperty().get());
        assertTrue(vm.canApply().get(), "a gap is for checking with the sender, not a choice");
        assertEquals("来自 清丰县司法局，生成于 " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(Instant.parse("2020-03-01T02:00:00Z").atZone(java.time.ZoneId.systemDefault()))
                + "，上次交换以来的变化，文件 2 件（接收单位：濮阳市司法局）", vm.headerTextProperty().get());
    }

    @Test
    void a_number_clash_is_a_line_of_its_own_and_holds_apply_back_while_the_clashing_version_is_taken() {
        PackageImportViewModel vm = new PackageImportViewModel(null, Messages.load(Locale.SIMPLIFIED_CHINESE),
                InlineTaskRunner.immediate(), () -> { });
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, "p1", "26", PackageFixture.COUNTY, "清司",
                PackageFixture.CITY, false, "p0", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1),
                Instant.parse("2020-03-01T02:00:00Z"), "clerk", Map.of("documents", 2L), List.of());
        vm.show(new Reconciliation("x.ndpkg", manifest, false, List.of(
                new Reconciliation.Item("7", Reconciliation.State.CONFLICT, "清丰县物业管理办法", "清政〔2019〕9号", 3L,
                        List.of(new Reconciliation.FieldDiff("docNumber", "清政〔2019〕7号", "清政〔2019〕9号"))),
                new Reconciliation.Item("8", Reconciliation.State.NEW, "清丰县养犬管理办法", "清政〔2019〕12号", null,
                        List.of())),
                List.of(), List.of(), List.of(new Reconciliation.NumberClash("7", "清丰县物业管理办法", "清丰县人民政府",
                        "清政〔2019〕9号", 4L, null, "清丰县集贸市场管理办法"))));
        assertEquals(1, count(vm, Kind.NUMBER_CLASH));
        assertEquals(Kind.CONFLICT, vm.kindFilterProperty().get(), "conflicts still come first");
        vm.kindFilterProperty().set(Kind.NUMBER_CLASH);
        ReportRow clash = vm.visibleRows().get(0);
        assertEquals("清丰县物业管理办法", clash.title());
        assertEquals("清政〔2019〕9号", clash.docNumber());
        assertEquals("本台账的《清丰县集贸市场管理办法》（#4）已使用该文号", clash.detail());
        ReportRow conflict = vm.rows().stream().filter(ReportRow::isConflict).findFirst().orElseThrow();

        conflict.resolutionProperty().set(Resolution.THEIRS);
        assertFalse(vm.canApply().get(), "taking the sender's version would be refused by the service");
        assertEquals("有 1 份将导入的文件与其他文件文号重复：冲突时选择“保留本地”，或请报送方更正文号后重新导出，才能应用。",
                vm.applyHintProperty().get());
        conflict.resolutionProperty().set(Resolution.MINE);
        assertTrue(vm.canApply().get(), "kept as ours, the clash does not matter");
        assertEquals("应用后：新增 1 件，采用交换包 0 件，保留本地 1 件。", vm.applyHintProperty().get());
    }

    @Test
    void the_export_dialog_asks_for_a_recipient_offers_a_file_name_and_writes_a_package_the_reader_accepts()
            throws Exception {
        try (RegisterFixture city = new RegisterFixture(dir.resolve("city"))) {
            PackageFixture.introduceTo(city.workspace);
            PackageExportViewModel vm = new PackageExportViewModel(city.workspace.packages(), city.register(),
                    city.workspace.settings(), city.messages, InlineTaskRunner.immediate(), RegisterFixture.CLOCK);
            vm.load();
            assertEquals("濮阳市司法局", vm.fromTextProperty().get());
            assertEquals(List.of("清丰县人民政府", "清丰县司法局", "濮阳市人民政府", "濮阳市教育局").stream().sorted().toList(),
                    List.copyOf(vm.units()), "the known units, without this unit itself");
            assertFalse(vm.checkRecipient());
            assertEquals("请选择或填写接收交换包的单位", vm.errorProperty().get());
            vm.export(dir.resolve("nowhere.ndpkg"));
            assertFalse(Files.exists(dir.resolve("nowhere.ndpkg")), "no recipient, no package");

            vm.recipientProperty().set(" 清丰县司法局 ");
            assertEquals("", vm.errorProperty().get());
            assertEquals("交换包-濮阳市司法局至清丰县司法局-20200302.ndpkg", vm.suggestedFileName());
            Path target = dir.resolve("out").resolve("to-county");
            vm.export(target);
            Path written = dir.resolve("out").resolve("to-county.ndpkg");
            assertEquals("", vm.errorProperty().get());
            assertEquals(written.toAbsolutePath(), vm.result().file());
            assertEquals("已写出交换包（全部台账，接收单位：清丰县司法局）：文件 4 件，报备 0 件，附件 0 个。文件位置："
                    + written.toAbsolutePath(), vm.resultTextProperty().get());
            PackageReader.Opened read = PackageReader.open(written);
            assertEquals(4, read.documents().size());
            assertEquals(PackageFixture.CITY, read.manifest().sourceUnitName());

            vm.sinceLastProperty().set(true);
            assertEquals("交换包-濮阳市司法局至清丰县司法局-变化-20200302.ndpkg", vm.suggestedFileName());
            vm.export(dir.resolve("again.ndpkg"));
            assertEquals("自上次导出给清丰县司法局以来没有变化的文件；已写出不含文件的交换包：" + dir.resolve("again.ndpkg")
                    .toAbsolutePath(), vm.resultTextProperty().get());
            assertEquals(0, PackageReader.open(dir.resolve("again.ndpkg")).documents().size());
        }
    }
}
