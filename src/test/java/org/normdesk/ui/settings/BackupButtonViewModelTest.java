package org.normdesk.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.backup.BackupService;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings page's 立即备份 button: a real backup of the fixture's register, checked by reading it back. */
class BackupButtonViewModelTest {
    @TempDir
    Path dir;

    @Test
    void backing_up_now_writes_a_checked_zip_into_the_backups_folder_and_says_where() throws Exception {
        List<String> notes = new ArrayList<>();
        try (RegisterFixture fixture = new RegisterFixture(dir.resolve("data"))) {
            DatabaseSettingsViewModel vm = new DatabaseSettingsViewModel(fixture.workspace::info,
                    WorkstationPreferences.at(dir.resolve("data/preferences.properties")), (u, n, p) -> {
                        throw new AssertionError("no connection test here");
                    }, fixture.messages, InlineTaskRunner.immediate(), notes::add);
            assertFalse(vm.backupNow(), "without the register's backups the button does nothing");
            vm.setBackups(fixture.workspace::backups);
            assertTrue(vm.backupNow());
            assertFalse(vm.backingUpProperty().get());
            Path folder = fixture.workspace.backups().backupsFolder();
            List<Path> zips;
            try (Stream<Path> files = Files.list(folder)) {
                zips = files.toList();
            }
            assertEquals(1, zips.size());
            assertTrue(vm.backupResultProperty().get().startsWith("已备份到 " + zips.get(0)), vm.backupResultProperty().get());
            assertTrue(vm.backupResultProperty().get().endsWith("（文件 4 件，附件 0 个）。每日备份保留 14 天。"),
                    vm.backupResultProperty().get());
            assertEquals(4L, BackupService.preview(zips.get(0)).counts().get("documents"));
        }
    }
}
