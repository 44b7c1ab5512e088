package org.conflictmonitor.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.events.api.Agreement;
import org.conflictmonitor.events.api.CasualtyGroup;
import org.conflictmonitor.events.api.ContestedField;
import org.conflictmonitor.events.api.FieldAgreement;
import org.conflictmonitor.events.api.InjurySeverity;
import org.conflictmonitor.events.api.Personnel;
import org.conflictmonitor.events.api.SubEventType;
import org.conflictmonitor.events.entity.Casualty;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Count;

/**
 * When claims contradict each other, and when they merely say different things: figures are
 * compared within one scope (whose losses, which kind of people) only.
 */
class AgreementCalculatorTest {

    private final AgreementCalculator calculator = new AgreementCalculator();
    private static final UUID ARMENIAN_FORCES = UUID.randomUUID();
    private static final UUID AZERBAIJANI_FORCES = UUID.randomUUID();

    static Claim claim(UUID initiator, SubEventType act, Casualty... figures) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.initiatorActorId = initiator;
        claim.subEventType = act;
        claim.figures = Arrays.asList(figures);
        return claim;
    }

    static Casualty figure(CasualtyGroup group, Personnel personnel, Integer killed, Integer injured) {
        Casualty c = new Casualty();
        c.group = group;
        c.personnel = personnel;
        c.killed = new Count(null, killed, null);
        c.injured = new Count(null, injured, null);
        return c;
    }

    static Casualty lightlyWounded(CasualtyGroup group, Personnel personnel, int injured) {
        Casualty c = figure(group, personnel, null, injured);
        c.injurySeverity = InjurySeverity.LIGHT;
        return c;
    }

    static FieldAgreement field(Agreement agreement, ContestedField field, CasualtyGroup group, Personnel personnel) {
        return agreement.fields().stream().filter(f -> f.field() == field && f.group() == group && f.personnel() == personnel)
                .findFirst().orElseThrow();
    }

    @Test
    void noOrOneClaimAgrees() {
        assertThat(calculator.of(List.of()).agree()).isTrue();
        assertThat(calculator.of(List.of(claim(ARMENIAN_FORCES, SubEventType.ARMED_CLASH,
                figure(CasualtyGroup.SIDE_A, null, 4, 4)))).agree()).isTrue();
    }

    @Test
    void theSeedClashIsContestedOnInitiatorAndActOnlyWhileEachMinistrysOwnLossesComplementTheOther() {
        Claim azerbaijaniMinistry = claim(ARMENIAN_FORCES, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
                figure(CasualtyGroup.SIDE_A, Personnel.MILITARY, 4, 4));
        Claim armenianMinistry = claim(AZERBAIJANI_FORCES, SubEventType.ARMED_CLASH,
                lightlyWounded(CasualtyGroup.SIDE_B, Personnel.POLICE_SECURITY, 2),
                lightlyWounded(CasualtyGroup.SIDE_B, Personnel.MILITARY, 3));

        Agreement agreement = calculator.of(List.of(azerbaijaniMinistry, armenianMinistry));

        assertThat(agreement.agree()).isFalse();
        assertThat(agreement.contested()).containsExactly(ContestedField.INITIATOR, ContestedField.SUB_EVENT_TYPE);
        assertThat(field(agreement, ContestedField.SUB_EVENT_TYPE, null, null).values()).extracting(FieldAgreement.ClaimedValue::value)
                .containsExactly("SHELLING_ARTILLERY_MISSILE_ATTACK", "ARMED_CLASH");
        FieldAgreement azerbaijaniKilled = field(agreement, ContestedField.KILLED, CasualtyGroup.SIDE_A, Personnel.MILITARY);
        assertThat(azerbaijaniKilled.agree()).isTrue();
        assertThat(azerbaijaniKilled.values()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo("4");
            assertThat(v.claimIds()).containsExactly(azerbaijaniMinistry.id);
        });
        assertThat(field(agreement, ContestedField.INJURED, CasualtyGroup.SIDE_B, Personnel.POLICE_SECURITY).values())
                .extracting(FieldAgreement.ClaimedValue::value).containsExactly("2");
        // Nobody stated Armenian killed: no value is shown for it, least of all a 0.
        assertThat(agreement.fields()).noneMatch(f -> f.field() == ContestedField.KILLED && f.group() == CasualtyGroup.SIDE_B);
    }

    @Test
    void differentCountsOfTheSameScopeDisagree() {
        Agreement agreement = calculator.of(List.of(
                claim(null, null, figure(CasualtyGroup.SIDE_A, Personnel.MILITARY, 4, null)),
                claim(null, null, figure(CasualtyGroup.SIDE_A, Personnel.MILITARY, 6, null))));

        assertThat(agreement.contested()).containsExactly(ContestedField.KILLED);
        FieldAgreement killed = field(agreement, ContestedField.KILLED, CasualtyGroup.SIDE_A, Personnel.MILITARY);
        assertThat(killed.agree()).isFalse();
        assertThat(killed.values()).extracting(FieldAgreement.ClaimedValue::value).containsExactly("4", "6");
    }

    @Test
    void totalsOverDifferentScopesAreNeverCompared() {
        Casualty ucdpBest = figure(CasualtyGroup.ALL, null, null, null);
        ucdpBest.killed = new Count(3, 3, 5);
        Agreement agreement = calculator.of(List.of(
                claim(null, null, ucdpBest),
                claim(null, null, figure(CasualtyGroup.SIDE_A, Personnel.MILITARY, 4, null)),
                claim(null, null, figure(CasualtyGroup.SIDE_A, null, 5, null))));

        assertThat(agreement.agree()).isTrue();
        assertThat(field(agreement, ContestedField.KILLED, CasualtyGroup.ALL, null).values())
                .extracting(FieldAgreement.ClaimedValue::value).containsExactly("low 3 · best 3 · high 5");
    }

    @Test
    void silenceIsNotZeroButZeroIsAStatedValue() {
        Agreement silentAndZero = calculator.of(List.of(
                claim(null, null, figure(CasualtyGroup.SIDE_B, null, null, 5)),
                claim(null, null, figure(CasualtyGroup.SIDE_B, null, 0, 5))));
        assertThat(silentAndZero.agree()).isTrue();

        Agreement zeroAndTwo = calculator.of(List.of(
                claim(null, null, figure(CasualtyGroup.SIDE_B, null, 0, null)),
                claim(null, null, figure(CasualtyGroup.SIDE_B, null, 2, null))));
        assertThat(zeroAndTwo.contested()).containsExactly(ContestedField.KILLED);
    }

    @Test
    void claimsSilentOnTheInitiatorOrTheActNeitherAgreeNorDisagree() {
        Agreement agreement = calculator.of(List.of(
                claim(ARMENIAN_FORCES, null),
                claim(null, SubEventType.ARMED_CLASH),
                claim(ARMENIAN_FORCES, SubEventType.ARMED_CLASH)));
        assertThat(agreement.agree()).isTrue();
    }
}
