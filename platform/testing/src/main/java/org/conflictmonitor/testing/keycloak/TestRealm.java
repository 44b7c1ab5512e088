package org.conflictmonitor.testing.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conflictmonitor.launcher.RealmComposer;
import org.conflictmonitor.launcher.RealmFiles;

/**
 * The realm tests run against: the production realm, plus the local overlay (demo users and the
 * password-grant client), plus the test overlay on the classpath (the client of one-second tokens).
 */
public final class TestRealm {

    private static final String TEST_OVERLAY = "/keycloak/conflict-monitor-test.json";

    private TestRealm() {
    }

    public static ObjectNode compose() {
        RealmFiles files = RealmFiles.locate();
        return RealmComposer.compose(RealmComposer.read(files.base()),
                List.of(RealmComposer.read(files.localOverlay()), testOverlay()));
    }

    private static ObjectNode testOverlay() {
        try (InputStream in = TestRealm.class.getResourceAsStream(TEST_OVERLAY)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + TEST_OVERLAY + " is missing from the classpath (it ships in cm-testing)");
            }
            return RealmComposer.read(in, "classpath:" + TEST_OVERLAY);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + TEST_OVERLAY, e);
        }
    }
}
