package org.conflictmonitor.testing.http;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the application under test serves health and metrics: the Quarkus management interface,
 * on its test port ({@code quarkus.management.test-port}, 9001 unless set), in {@code @QuarkusTest}
 * and {@code @QuarkusIntegrationTest} alike.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    public static String url() {
        return "http://localhost:" + ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    }
}
