package org.conflictmonitor.events.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application. */
@QuarkusIntegrationTest
class EventQueryIT extends EventQueryTest {
}
