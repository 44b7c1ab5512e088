package org.conflictmonitor.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged gateway. */
@QuarkusIntegrationTest
class ErrorsAndLimitsIT extends ErrorsAndLimitsTest {
}
