package org.normdesk.ui.settings;

import org.normdesk.service.DatabaseInfo;

/** Opens a shared register and closes it again, saying what it holds; tests answer without a server. */
@FunctionalInterface
public interface ConnectionTester {
    DatabaseInfo test(String url, String user, String password);
}
