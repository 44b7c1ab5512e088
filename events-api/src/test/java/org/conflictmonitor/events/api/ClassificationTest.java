package org.conflictmonitor.events.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.api.problem.FieldError;

/** An ACLED classification as precise as its source allows, never more and never inconsistent. */
class ClassificationTest {

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    void theSubEventTypeDecidesTheWholeTriple() {
        assertThat(Classification.of(null, null, "SHELLING_ARTILLERY_MISSILE_ATTACK", errors)).isEqualTo(new Classification(
                DisorderType.POLITICAL_VIOLENCE, EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK));
        assertThat(errors).isEmpty();
    }

    @Test
    void broaderTypesSentAlongMustAgree() {
        assertThat(Classification.of("DEMONSTRATIONS", "PROTESTS", "ARMED_CLASH", errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("eventType", "disorderType");
    }

    @Test
    void anEventTypeAloneImpliesItsDisorderTypeWhereThatIsUnambiguous() {
        assertThat(Classification.of(null, "VIOLENCE_AGAINST_CIVILIANS", null, errors))
                .isEqualTo(new Classification(DisorderType.POLITICAL_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS, null));
        // A riot may be a violent demonstration or mob violence: the disorder type has to be said.
        assertThat(Classification.of(null, "RIOTS", null, errors)).isNull();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("disorderType"));
    }

    @Test
    void aDisorderTypeAloneIsEnoughForASourceThatSaysNoMore() {
        assertThat(Classification.of("POLITICAL_VIOLENCE", null, null, errors))
                .isEqualTo(new Classification(DisorderType.POLITICAL_VIOLENCE, null, null));
        assertThat(errors).isEmpty();
    }

    @Test
    void nothingAtAllIsRefusedNamingTheSubEventType() {
        assertThat(Classification.of(null, null, null, errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("subEventType");
    }
}
