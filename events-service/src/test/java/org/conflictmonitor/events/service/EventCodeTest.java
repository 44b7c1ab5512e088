package org.conflictmonitor.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCodeTest {

    @Test
    void numbersHaveSixDigitsAtLeast() {
        assertThat(EventCode.of("AZE-2020", 42)).isEqualTo("AZE-2020-000042");
        assertThat(EventCode.of("AZE-2020", 123456)).isEqualTo("AZE-2020-123456");
        assertThat(EventCode.of("AZE-2020", 1234567)).isEqualTo("AZE-2020-1234567");
    }
}
