package org.normdesk.service;

import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;

import java.time.Clock;
import java.util.function.Supplier;

/** An open register and the services over it; the GUI and the CLI each hold one. */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final RegisterService register;
    private final DemoRegisterService demo;

    private Workspace(Database database, Clock clock, Supplier<String> currentUser) {
        this.database = database;
        this.register = new RegisterService(database, clock, currentUser);
        this.demo = new DemoRegisterService(database, currentUser);
    }

    public static Workspace open(DatabaseConfig config, Clock clock, Supplier<String> currentUser) {
        return new Workspace(Database.open(config), clock, currentUser);
    }

    public static Workspace openEmbedded(DataFolder folder, Clock clock) {
        folder.ensureExists();
        return open(DatabaseConfig.embedded(folder.root()), clock, () -> System.getProperty("user.name", "user"));
    }

    /** A shared register on a database server; the password is used for this connection only. */
    public static Workspace openShared(String jdbcUrl, String user, String password, Clock clock) {
        return open(new DatabaseConfig(jdbcUrl, user, password), clock, () -> System.getProperty("user.name", "user"));
    }

    public RegisterService register() {
        return register;
    }

    public DemoRegisterService demo() {
        return demo;
    }

    public DatabaseInfo info() {
        return new DatabaseInfo(database.kind().name(), database.config().displayUrl(), database.schemaVersion(),
                register.count(), demo.filingCount());
    }

    @Override
    public void close() {
        database.close();
    }
}
