package org.conflictmonitor.common.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a service's demo data, a JSON file among its resources. Demo data is loaded by a service's
 * own loader, only when {@code conflict-monitor.demo-data.enabled} is true, and never by a migration:
 * production databases start empty.
 */
public final class DemoDataFile {

    /** The setting that switches a service's demo data loader on. */
    public static final String ENABLED = "conflict-monitor.demo-data.enabled";

    private DemoDataFile() {
    }

    public static <T> T read(ObjectMapper json, String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
