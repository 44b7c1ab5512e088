package org.conflictmonitor.events.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.events.api.Agreement;
import org.conflictmonitor.events.api.Casualties.Scope;
import org.conflictmonitor.events.api.ContestedField;
import org.conflictmonitor.events.api.Estimate;
import org.conflictmonitor.events.api.FieldAgreement;
import org.conflictmonitor.events.entity.Casualty;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Count;

/**
 * Says where an event's claims contradict each other. A claim silent on a field neither agrees nor
 * disagrees; two claims that state different values disagree.
 * <ul>
 * <li>INITIATOR: the actor blamed for starting it.</li>
 * <li>SUB_EVENT_TYPE: the kind of act the claim says happened.</li>
 * <li>KILLED, INJURED: compared per scope (whose losses, which kind of people). A ministry's count of
 * its own side's losses and the other ministry's count of its own complement each other; figures of
 * different scopes, totals included, are never set against each other.</li>
 * </ul>
 */
@ApplicationScoped
public class AgreementCalculator {

    public Agreement of(List<Claim> claims) {
        List<FieldAgreement> fields = new ArrayList<>();
        fields.add(compare(ContestedField.INITIATOR, null, claims,
                c -> c.initiatorActorId == null ? null : new Stated(c.initiatorActorId.toString(), null)));
        fields.add(compare(ContestedField.SUB_EVENT_TYPE, null, claims,
                c -> c.subEventType == null ? null : new Stated(c.subEventType.name(), null)));
        for (Scope scope : scopesStated(claims)) {
            fields.add(compare(ContestedField.KILLED, scope, claims, c -> figure(c, scope, f -> f.killed)));
            fields.add(compare(ContestedField.INJURED, scope, claims, c -> figure(c, scope, f -> f.injured)));
        }
        List<ContestedField> contested = fields.stream().filter(f -> !f.agree()).map(FieldAgreement::field).distinct().toList();
        return new Agreement(contested.isEmpty(), contested, fields.stream().filter(f -> f.group() == null || !f.values().isEmpty()).toList());
    }

    private static TreeSet<Scope> scopesStated(List<Claim> claims) {
        return claims.stream().flatMap(c -> c.figures.stream()).map(AgreementCalculator::scope)
                .collect(Collectors.toCollection(() -> new TreeSet<>(Scope.ORDER)));
    }

    private static Scope scope(Casualty f) {
        return new Scope(f.group, f.personnel);
    }

    /** What a claim states for one scope's count; null when it states nothing there. */
    private static Stated figure(Claim claim, Scope scope, Function<Casualty, Count> count) {
        return claim.figures.stream().filter(f -> scope(f).equals(scope)).map(count).filter(Objects::nonNull)
                .filter(c -> c.low != null || c.best != null || c.high != null)
                .map(c -> new Estimate(c.low, c.best, c.high)).map(e -> new Stated(text(e), e)).findFirst().orElse(null);
    }

    private static FieldAgreement compare(ContestedField field, Scope scope, List<Claim> claims, Function<Claim, Stated> valueOf) {
        Map<Stated, List<UUID>> claimsByValue = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Stated value = valueOf.apply(claim);
            if (value != null) {
                claimsByValue.computeIfAbsent(value, k -> new ArrayList<>()).add(claim.id);
            }
        }
        List<FieldAgreement.ClaimedValue> values = new ArrayList<>();
        claimsByValue.forEach((v, ids) -> values.add(new FieldAgreement.ClaimedValue(v.text(), v.estimate(), ids)));
        return new FieldAgreement(field, scope == null ? null : scope.group(), scope == null ? null : scope.personnel(),
                claimsByValue.size() <= 1, values);
    }

    /** {@code 4} for a plain count, {@code low 3 · best 3 · high 5} for a range. */
    static String text(Estimate e) {
        if (e.low() == null && e.high() == null) {
            return e.best().toString();
        }
        List<String> parts = new ArrayList<>();
        if (e.low() != null) {
            parts.add("low " + e.low());
        }
        if (e.best() != null) {
            parts.add("best " + e.best());
        }
        if (e.high() != null) {
            parts.add("high " + e.high());
        }
        return String.join(" · ", parts);
    }

    /** A value as compared: its text, and for counts the estimate it was read from. */
    private record Stated(String text, Estimate estimate) {
    }
}
