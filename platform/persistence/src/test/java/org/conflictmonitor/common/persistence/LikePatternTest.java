package org.conflictmonitor.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a user types into a name filter is looked for as typed, wildcards included. */
class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterMatchThemselves() {
        assertThat(LikePattern.escape("100% _hot_ a\\b")).isEqualTo("100\\% \\_hot\\_ a\\\\b");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(LikePattern.escape("Armenia–Azerbaijan")).isEqualTo("Armenia–Azerbaijan");
    }
}
