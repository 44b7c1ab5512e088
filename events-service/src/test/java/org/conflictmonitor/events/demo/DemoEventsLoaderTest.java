package org.conflictmonitor.events.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.events.rest.EventsPlatformTest;

@QuarkusTest
@EventsPlatformTest
class DemoEventsLoaderTest {

    @Inject
    DemoEventsLoader loader;

    @Test
    void loadingTwiceChangesNothing() {
        assertThat(loader.load()).isZero();
    }
}
