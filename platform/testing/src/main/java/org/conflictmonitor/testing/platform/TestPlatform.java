package org.conflictmonitor.testing.platform;

import java.util.Map;

import org.conflictmonitor.launcher.ServiceProcess;

/**
 * The services running beside the application under test, for tests that stop and start them.
 */
public final class TestPlatform {

    private final Map<String, ServiceProcess> services;

    TestPlatform(Map<String, ServiceProcess> services) {
        this.services = services;
    }

    public ServiceProcess service(String module) {
        ServiceProcess service = services.get(module);
        if (service == null) {
            throw new IllegalArgumentException(module + " is not part of this test platform; it has " + services.keySet());
        }
        return service;
    }
}
