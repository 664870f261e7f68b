package org.normdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.help.HelpGuide;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The help menu and F1 open the user guide, whose chapters show their text and screenshots. */
@ExtendWith(ApplicationExtension.class)
class HelpIT {
    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        MainWindow window = new MainWindow(messages, new FxTaskRunner(Runnable::run), Clock.systemUTC(),
                DemoSource.none(), new RecordingPrompts(false));
        window.show(stage);
    }

    @Test
    void the_help_menu_opens_the_guide_and_a_chapter_shows_its_screenshot(FxRobot robot) {
        robot.clickOn("#navHelp");
        robot.clickOn("用户指南（F1）");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<HelpGuide.Chapter> chapters = robot.lookup("#helpChapters").queryListView();
        assertEquals("开始使用", chapters.getSelectionModel().getSelectedItem().title());
        assertTrue(robot.from(robot.lookup("#helpPage").queryParent()).lookup((Label l) -> l.getText().contains("单位代字"))
                .tryQuery().isPresent());

        robot.interact(() -> chapters.getSelectionModel().select(4));
        ImageView picture = robot.from(robot.lookup("#helpPage").queryParent()).lookup(".image-view").queryAs(ImageView.class);
        assertEquals("清理", chapters.getSelectionModel().getSelectedItem().title());
        assertTrue(picture.getImage().getWidth() > 600, "the cleanup screenshot is loaded");
    }

    @Test
    void f1_opens_the_same_guide_window_again_instead_of_a_second_one(FxRobot robot) {
        robot.clickOn("#navRegister");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navRegister"); // back to the main window
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, robot.lookup("#helpChapters").queryAll().size());
    }
}
