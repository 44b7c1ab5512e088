package org.conflictmonitor.sources.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application. */
@QuarkusIntegrationTest
class CitationIngestIT extends CitationIngestTest {
}
