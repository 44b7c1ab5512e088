package org.conflictmonitor.testing.platform;

import java.util.Map;

import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.postgres.TestDatabases;

/**
 * The services running beside the application under test, and their databases, for tests that
 * stop and start them.
 */
public final class TestPlatform {

    private final Map<String, ServiceProcess> services;
    private final Map<String, TestDatabases.Database> databases;
    private final TestDatabases server;

    TestPlatform(Map<String, ServiceProcess> services, Map<String, TestDatabases.Database> databases, TestDatabases server) {
        this.services = services;
        this.databases = databases;
        this.server = server;
    }

    public ServiceProcess service(String module) {
        ServiceProcess service = services.get(module);
        if (service == null) {
            throw new IllegalArgumentException(module + " is not part of this test platform; it has " + services.keySet());
        }
        return service;
    }

    /** The service's database goes away (its connections ended, new ones refused); the other services' stay. */
    public void databaseDown(String module) {
        server.refuseConnections(database(module));
    }

    /** The service's database is back. */
    public void databaseUp(String module) {
        server.allowConnections(database(module));
    }

    private TestDatabases.Database database(String module) {
        service(module);
        return databases.get(module);
    }
}
