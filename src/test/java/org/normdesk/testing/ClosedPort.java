package org.normdesk.testing;

import java.io.IOException;
import java.net.ServerSocket;

/** A local TCP port nobody listens on, so that connecting to it is refused at once. */
public final class ClosedPort {
    private ClosedPort() {
    }

    public static int find() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
