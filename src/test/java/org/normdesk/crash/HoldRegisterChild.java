package org.normdesk.crash;

import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;

import java.nio.file.Path;
import java.time.Clock;

/** A second NormDesk: opens the register in {@code args[0]} (with the password {@code args[1]}, if given) and keeps it. */
public final class HoldRegisterChild {
    private HoldRegisterChild() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        try (Workspace ws = args.length > 1 ? Workspace.openEmbedded(folder, Clock.systemUTC(), args[1].toCharArray())
                : Workspace.openEmbedded(folder, Clock.systemUTC())) {
            System.out.println("OPEN " + ws.register().count());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
