package org.conflictmonitor.events.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.events.api.Agreement;
import org.conflictmonitor.events.api.ContestedField;
import org.conflictmonitor.events.api.FieldAgreement;
import org.conflictmonitor.events.api.Side;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Figures;

/**
 * Says where an event's claims contradict each other. A claim that is silent on a field neither
 * agrees nor disagrees; two claims that state different values disagree.
 * <ul>
 * <li>INITIATOR: the actors blamed for starting it.</li>
 * <li>KILLED, INJURED: the totals over the sides a claim gives figures for, and, where two claims give
 * figures for the same side, the figures of that side.</li>
 * </ul>
 */
@ApplicationScoped
public class AgreementCalculator {

    public Agreement of(List<Claim> claims) {
        List<FieldAgreement> fields = List.of(
                field(ContestedField.INITIATOR, claims, c -> c.initiatorActorId == null ? null : List.of(c.initiatorActorId.toString())),
                field(ContestedField.KILLED, claims, c -> figures(c, f -> f.killed)),
                field(ContestedField.INJURED, claims, c -> figures(c, f -> f.injured)));
        List<ContestedField> contested = fields.stream().filter(f -> !f.agree()).map(FieldAgreement::field).toList();
        return new Agreement(contested.isEmpty(), contested, fields);
    }

    /**
     * The values a claim states for a field: the total first, then each side's figure as {@code SIDE:n};
     * null when it states nothing.
     */
    private static List<String> figures(Claim claim, Function<Figures, Integer> count) {
        List<String> values = new ArrayList<>();
        int total = 0;
        boolean any = false;
        for (Side side : Side.values()) {
            for (Figures f : claim.figures) {
                Integer n = f.side == side ? count.apply(f) : null;
                if (n != null) {
                    any = true;
                    total += n;
                    values.add(side + ":" + n);
                }
            }
        }
        if (!any) {
            return null;
        }
        values.add(0, Integer.toString(total));
        return values;
    }

    private static FieldAgreement field(ContestedField field, List<Claim> claims, Function<Claim, List<String>> valuesOf) {
        Map<String, List<UUID>> claimsByValue = new LinkedHashMap<>();
        Map<String, List<UUID>> claimsBySideValue = new LinkedHashMap<>();
        for (Claim claim : claims) {
            List<String> values = valuesOf.apply(claim);
            if (values == null) {
                continue;
            }
            claimsByValue.computeIfAbsent(values.get(0), k -> new ArrayList<>()).add(claim.id);
            values.subList(1, values.size()).forEach(v -> claimsBySideValue.computeIfAbsent(v, k -> new ArrayList<>()).add(claim.id));
        }
        boolean totalsAgree = claimsByValue.size() <= 1;
        boolean sidesAgree = claimsBySideValue.keySet().stream().map(v -> v.substring(0, v.indexOf(':'))).distinct()
                .allMatch(side -> claimsBySideValue.keySet().stream().filter(v -> v.startsWith(side + ":")).count() <= 1);
        List<FieldAgreement.ClaimedValue> values = new ArrayList<>();
        claimsByValue.forEach((v, ids) -> values.add(new FieldAgreement.ClaimedValue(v, ids)));
        claimsBySideValue.forEach((v, ids) -> values.add(new FieldAgreement.ClaimedValue(v, ids)));
        return new FieldAgreement(field, totalsAgree && sidesAgree, values);
    }
}
