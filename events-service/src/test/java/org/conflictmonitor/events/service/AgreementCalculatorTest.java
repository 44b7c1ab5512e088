package org.conflictmonitor.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.events.api.Agreement;
import org.conflictmonitor.events.api.ContestedField;
import org.conflictmonitor.events.api.Side;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Figures;

/**
 * When claims contradict each other, and when they merely say different things.
 */
class AgreementCalculatorTest {

    private final AgreementCalculator calculator = new AgreementCalculator();
    private static final UUID ARMENIA = UUID.randomUUID();
    private static final UUID AZERBAIJAN = UUID.randomUUID();

    static Claim claim(UUID initiator, Figures... figures) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.initiatorActorId = initiator;
        claim.figures = Arrays.asList(figures);
        return claim;
    }

    @Test
    void noOrOneClaimAgrees() {
        assertThat(calculator.of(List.of()).agree()).isTrue();
        assertThat(calculator.of(List.of(claim(ARMENIA, new Figures(Side.A, 4, 4)))).agree()).isTrue();
    }

    @Test
    void theSeedAccountsAreContestedOnEveryField() {
        Agreement agreement = calculator.of(List.of(
                claim(ARMENIA, new Figures(Side.A, 4, 4)),
                claim(AZERBAIJAN, new Figures(Side.B, 0, 5))));
        assertThat(agreement.agree()).isFalse();
        assertThat(agreement.contested()).containsExactly(ContestedField.INITIATOR, ContestedField.KILLED, ContestedField.INJURED);
    }

    @Test
    void aClaimSilentOnAFieldNeitherAgreesNorDisagrees() {
        Agreement agreement = calculator.of(List.of(
                claim(ARMENIA, new Figures(Side.A, 4, null)),
                claim(null, new Figures(Side.A, 4, 2))));
        assertThat(agreement.agree()).isTrue();
    }

    @Test
    void equalTotalsFromDifferentSideFiguresStillDisagree() {
        Agreement agreement = calculator.of(List.of(
                claim(null, new Figures(Side.A, 3, null), new Figures(Side.B, 1, null)),
                claim(null, new Figures(Side.A, 1, null), new Figures(Side.B, 3, null))));
        assertThat(agreement.contested()).containsExactly(ContestedField.KILLED);
        assertThat(agreement.fields().get(1).values()).extracting(v -> v.value()).contains("4", "A:3", "A:1", "B:1", "B:3");
    }
}
