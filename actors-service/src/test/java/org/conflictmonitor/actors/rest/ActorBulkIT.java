package org.conflictmonitor.actors.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application. */
@QuarkusIntegrationTest
class ActorBulkIT extends ActorBulkTest {
}
