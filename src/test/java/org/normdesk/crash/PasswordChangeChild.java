package org.normdesk.crash;

import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The child of {@link PasswordChangeCrashTest}: changes the register password from {@code args[1]} to
 * {@code args[2]} and, the first time the change reports the stage {@code args[3]}, prints {@code AT <stage>} and
 * stops there, so that the parent kills it at exactly that point.
 */
public final class PasswordChangeChild {
    private PasswordChangeChild() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        String stop = args[3];
        Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone(), args[1].toCharArray());
        Workspace changed = ws.changePasswordAndReopen(folder, args[1].toCharArray(), args[2].toCharArray(),
                (done, total, stage) -> {
                    if (stage.equals(stop)) {
                        System.out.println("AT " + stage);
                        System.out.flush();
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
        changed.close();
        System.out.println("CHANGED");
    }
}
