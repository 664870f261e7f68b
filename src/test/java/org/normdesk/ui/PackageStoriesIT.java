package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.transfer.PackageReader;
import org.normdesk.service.transfer.Reconciliation;
import org.normdesk.ui.common.FileChoices;
import org.normdesk.ui.exchange.PackageImportViewModel;
import org.normdesk.ui.register.DocumentRow;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.Stories.onFx;
import static org.normdesk.ui.Stories.showing;

/**
 * County→city exchange packages in the desktop app, as the city's clerk meets them: the app is started to open the
 * county's package (a double-clicked .ndpkg) and shows its reconciliation report once the register is open; the
 * clerk applies it. Both sides then change the same document and the county adds one; the clerk imports the second
 * package with 导入交换包…, sees the conflict side by side with 应用 held back until a choice is made, takes the
 * package's version and applies it; the same package again has nothing to change. Finally the clerk exports the
 * city's register with 导出交换包…, and the county's register reads that file back. Both registers are real H2 files;
 * background work runs on a real executor.
 */
@ExtendWith(ApplicationExtension.class)
class PackageStoriesIT {
    private static final Path SHOTS = Path.of("target", "package-shots");
    private static final String CITY_TITLE = "清丰县城市绿化管理规定";
    private static final String COUNTY_TITLE = "清丰县城市绿化条例实施办法";
    private static final String DOGS = "清丰县养犬管理办法";

    @TempDir
    static Path dir;

    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private RegisterFixture city;
    private PackageFixture county;
    private MainWindow window;
    private Path here;
    private Path saves;
    private volatile Path chosenPackage;

    @Start
    void start(Stage stage) {
        org.normdesk.ui.common.UiFont.loadBundled();
        here = dir.resolve(String.valueOf(System.nanoTime()));
        saves = here.resolve("saved");
        Path first = here.resolve("清丰县司法局-2020-03-01.ndpkg");
        window = new MainWindow(messages, new FxTaskRunner(pool), RegisterFixture.CLOCK, DemoSource.none(),
                new RecordingPrompts(false));
        // the clerk's answers to the file dialogs
        window.setFileChoices(new FileChoices() {
            @Override
            public Path open(Window owner, String title, String filterLabel, List<String> patterns) {
                asked.add("open " + title + " " + patterns);
                return chosenPackage;
            }

            @Override
            public Path save(Window owner, String title, String suggestedName, String filterLabel,
                             List<String> patterns) {
                asked.add("save " + suggestedName + " " + patterns);
                return saves.resolve(suggestedName);
            }
        });
        // started by a double click on the county's package
        window.openPackageOnceOpen(first);
        window.show(stage);
        window.open(progress -> {
            county = new PackageFixture(here.resolve("county"));
            city = new RegisterFixture(here.resolve("city"));
            PackageFixture.introduceTo(city.workspace);
            county.export(first, false);
            return city.workspace;
        });
    }

    @AfterEach
    void closeRegisters() throws Exception {
        Stories.closeRegisters(pool, city, county);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil(90, condition);
    }

    private void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        Stories.waitUntil(seconds, condition, SHOTS);
    }

    private static void shoot(Window window, String name) throws Exception {
        Stories.shoot(window, SHOTS, name);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((javafx.scene.control.Labeled) node).getText();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PackageImportViewModel.ReportRow> report(FxRobot robot) {
        return robot.lookup("#reportTable").queryAs(TableView.class);
    }

    private static Window dialog(FxRobot robot, String rootId) {
        return robot.lookup(rootId).query().getScene().getWindow();
    }

    private static boolean closed(FxRobot robot, String rootId) {
        return robot.lookup(rootId).tryQuery().map(n -> n.getScene() == null || n.getScene().getWindow() == null
                || !n.getScene().getWindow().isShowing()).orElse(true);
    }

    /** The report of the dialog now open: filled once the dry run is done. */
    private boolean reportShown(FxRobot robot) {
        return showing(robot, "#packageImportRoot") && !text(robot, "#packageHeaderLabel").isEmpty();
    }

    @Test
    void county_packages_are_reconciled_conflicts_chosen_side_by_side_and_the_city_exports_its_own(FxRobot robot)
            throws Exception {
        // the double-clicked package: its report opens over the register as soon as the register is open
        waitUntil(300, () -> reportShown(robot));
        assertEquals("新增 3", onFx(() -> text(robot, "#kindNEW")));
        assertEquals("冲突 0", onFx(() -> text(robot, "#kindCONFLICT")));
        assertEquals("未变 0", onFx(() -> text(robot, "#kindUNCHANGED")));
        assertEquals("全部 3", onFx(() -> text(robot, "#kindAll")));
        assertTrue(onFx(() -> text(robot, "#packageHeaderLabel")).startsWith("来自 清丰县司法局"));
        assertEquals(4, city.register().count(), "the report writes nothing");
        assertFalse(onFx(() -> disabled(robot, "#applyButton")));
        assertEquals("应用后：新增 3 件，采用交换包 0 件，保留本地 0 件。", onFx(() -> text(robot, "#applyHintLabel")));
        // the filter: 新增 only, then by a word of the title
        robot.clickOn("#reportSearchField").write("殡葬");
        waitUntil(() -> report(robot).getItems().size() == 1);
        assertEquals(PackageFixture.FUNERALS, onFx(() -> report(robot).getItems().get(0).title()));
        shoot(dialog(robot, "#packageImportRoot"), "1-first-report-filtered");
        robot.doubleClickOn("#reportSearchField").eraseText(2);
        waitUntil(() -> report(robot).getItems().size() == 3);
        shoot(dialog(robot, "#packageImportRoot"), "1-first-report");
        robot.clickOn("#applyButton");
        waitUntil(() -> showing(robot, "#importResultLabel") && !text(robot, "#importResultLabel").isEmpty());
        assertEquals("导入完成：新增 3 件，采用交换包 0 件，保留本地 0 件，未变 0 件；新建关联 0 条，新建制定机关 1 个。",
                onFx(() -> text(robot, "#importResultLabel")));
        assertEquals(7, city.register().count());
        assertTrue(onFx(() -> disabled(robot, "#applyButton")), "applied once");
        shoot(dialog(robot, "#packageImportRoot"), "2-first-applied");
        robot.clickOn("#importCloseButton");
        waitUntil(() -> closed(robot, "#packageImportRoot"));
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> register = robot.lookup("#registerTable").queryAs(TableView.class);
        waitUntil(() -> register.getItems().stream().anyMatch(r -> r.title().equals(PackageFixture.FUNERALS)));

        // both sides change 清政〔2019〕5号; the county adds a document and sends its changes
        PackageFixture.retitle(county.county, "清政〔2019〕5号", COUNTY_TITLE, "2024-12-31");
        county.add(county.government, DOGS, "清政〔2019〕12号", "2019-12-01");
        PackageFixture.retitle(city.workspace, "清政〔2019〕5号", CITY_TITLE, null);
        chosenPackage = county.export(here.resolve("清丰县司法局-变化.ndpkg"), true);
        robot.clickOn("#importPackageButton");
        waitUntil(() -> reportShown(robot));
        assertEquals("冲突 1", onFx(() -> text(robot, "#kindCONFLICT")));
        assertEquals("新增 1", onFx(() -> text(robot, "#kindNEW")));
        // the conflict is shown first, field by field: 本地 beside 交换包
        waitUntil(() -> showing(robot, "#diffLocal0"));
        assertEquals(CITY_TITLE, onFx(() -> text(robot, "#diffLocal0")));
        assertEquals(COUNTY_TITLE, onFx(() -> text(robot, "#diffPackage0")));
        assertEquals("（空）", onFx(() -> text(robot, "#diffLocal1")));
        assertEquals("2024-12-31", onFx(() -> text(robot, "#diffPackage1")));
        assertTrue(onFx(() -> disabled(robot, "#applyButton")), "应用 waits for the choice");
        assertEquals("还有 1 个冲突（共 1 个）没有选择保留本地或采用交换包；全部选择后才能应用。",
                onFx(() -> text(robot, "#applyHintLabel")));
        shoot(dialog(robot, "#packageImportRoot"), "3-conflict");
        robot.clickOn("#takePackageButton");
        waitUntil(() -> !disabled(robot, "#applyButton"));
        assertEquals("应用后：新增 1 件，采用交换包 1 件，保留本地 0 件。", onFx(() -> text(robot, "#applyHintLabel")));
        assertEquals(messages.get("packageImport.takePackage"), onFx(() -> report(robot).getItems().stream()
                .filter(r -> r.kind() == PackageImportViewModel.Kind.CONFLICT).findFirst().orElseThrow()
                .resolutionProperty().get() == Reconciliation.Resolution.THEIRS
                ? messages.get("packageImport.takePackage") : "not chosen"));
        shoot(dialog(robot, "#packageImportRoot"), "4-conflict-chosen");
        robot.clickOn("#kindAll");
        waitUntil(() -> report(robot).getItems().size() == 2);
        robot.clickOn("#applyButton");
        waitUntil(() -> showing(robot, "#importResultLabel") && !text(robot, "#importResultLabel").isEmpty());
        assertEquals("导入完成：新增 1 件，采用交换包 1 件，保留本地 0 件，未变 0 件；新建关联 0 条，新建制定机关 0 个。",
                onFx(() -> text(robot, "#importResultLabel")));
        assertEquals(COUNTY_TITLE, PackageFixture.byNumber(city.workspace, "清政〔2019〕5号").title());
        assertEquals(8, city.register().count());
        robot.clickOn("#importCloseButton");
        waitUntil(() -> closed(robot, "#packageImportRoot"));
        waitUntil(() -> register.getItems().stream().anyMatch(r -> r.title().equals(DOGS))
                && register.getItems().stream().anyMatch(r -> r.title().equals(COUNTY_TITLE)));
        shoot(window.window(), "5-register");

        // the same package again: nothing to change
        robot.clickOn("#importPackageButton");
        waitUntil(() -> reportShown(robot));
        assertEquals("该交换包此前已经导入，本台账与它一致，没有需要导入的内容。", onFx(() -> text(robot, "#applyHintLabel")));
        assertTrue(onFx(() -> disabled(robot, "#applyButton")));
        assertEquals("未变 2", onFx(() -> text(robot, "#kindUNCHANGED")));
        shoot(dialog(robot, "#packageImportRoot"), "6-again");
        robot.clickOn("#importCloseButton");
        waitUntil(() -> closed(robot, "#packageImportRoot"));
        assertEquals(8, city.register().count());

        // a file that is not a package: the service's sentence, nothing to apply
        chosenPackage = Files.writeString(here.resolve("台账.ndpkg"), "序号,文件名称\n1,清丰县殡葬管理办法\n");
        robot.clickOn("#importPackageButton");
        waitUntil(() -> showing(robot, "#importError") && !text(robot, "#importError").isEmpty());
        assertEquals("台账.ndpkg 不是交换包（不是 zip 文件），没有导入任何内容", onFx(() -> text(robot, "#importError")));
        assertTrue(onFx(() -> disabled(robot, "#applyButton")));
        shoot(dialog(robot, "#packageImportRoot"), "7-refused");
        robot.clickOn("#importCloseButton");
        waitUntil(() -> closed(robot, "#packageImportRoot"));

        // the city's own package for the county, written by the export dialog
        robot.clickOn("#exportPackageButton");
        waitUntil(() -> showing(robot, "#recipientCombo") && !text(robot, "#exportFromLabel").isEmpty());
        assertEquals(PackageFixture.CITY, onFx(() -> text(robot, "#exportFromLabel")));
        robot.clickOn("#exportButton");
        waitUntil(() -> showing(robot, "#exportError"));
        assertEquals("请选择或填写接收交换包的单位", onFx(() -> text(robot, "#exportError")));
        robot.clickOn("#recipientCombo").write(PackageFixture.COUNTY);
        shoot(dialog(robot, "#packageExportRoot"), "8-export");
        robot.clickOn("#exportButton");
        waitUntil(() -> !text(robot, "#exportResultLabel").isEmpty());
        Path written = saves.resolve("交换包-濮阳市司法局至清丰县司法局-20200302.ndpkg").toAbsolutePath();
        assertEquals("已写出交换包（全部台账，接收单位：清丰县司法局）：文件 8 件，报备 0 件，附件 0 个。文件位置：" + written,
                onFx(() -> text(robot, "#exportResultLabel")));
        shoot(dialog(robot, "#packageExportRoot"), "9-exported");
        robot.clickOn("#exportCloseButton");
        waitUntil(() -> closed(robot, "#packageExportRoot"));

        // the county reads it back: the city's four documents are new there, its own four unchanged
        assertEquals(8, PackageReader.open(written).documents().size());
        county.county.register().addIssuer(new Issuer(null, PackageFixture.CITY, "濮司", OrgLevel.CITY,
                OrgKind.DEPARTMENT, null));
        Reconciliation back = county.county.packages().reconcile(written);
        assertEquals(4, back.count(Reconciliation.State.NEW));
        assertEquals(4, back.count(Reconciliation.State.UNCHANGED));
        assertTrue(asked.stream().anyMatch(a -> a.startsWith("open " + messages.get("packageImport.chooseTitle"))),
                asked.toString());
    }
}
