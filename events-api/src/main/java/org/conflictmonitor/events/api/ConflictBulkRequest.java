package org.conflictmonitor.events.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.FieldRules;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * Up to 1,000 conflicts to create or update by UCDP conflict id, in one transaction: every item is
 * validated as a single conflict is, and must carry a UCDP conflict id of its own.
 */
@Description("Up to 1,000 conflicts to create or update by UCDP conflict id, all or nothing. Each is a ConflictInput with a ucdpConflictId, no two the same.")
@Input("ConflictBulkInput")
@FieldRules
public record ConflictBulkRequest(
        @Description("The conflicts, 1 to 1,000, each with its ucdpConflictId.") 
        @NotEmpty @Size(max = ConflictBulkRequest.MAX_CONFLICTS) List<@NotNull @Valid ConflictRequest> conflicts) implements FieldRules.Checked {

    public static final int MAX_CONFLICTS = 1000;

    @Override
    public void check(FieldRules.Broken broken) {
        if (conflicts == null || conflicts.size() > MAX_CONFLICTS) {
            return; // refused for its size already
        }
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < conflicts.size(); i++) {
            ConflictRequest c = conflicts.get(i);
            if (c == null) {
                continue;
            }
            if (c.ucdpConflictId() == null) {
                broken.rule("conflicts[" + i + "].ucdpConflictId", "is required in a bulk upsert, which matches conflicts by it");
                continue;
            }
            Integer earlier = first.putIfAbsent(c.ucdpConflictId(), i);
            if (earlier != null) {
                broken.rule("conflicts[" + i + "].ucdpConflictId", "repeats conflicts[" + earlier + "].ucdpConflictId: send each conflict once");
            }
        }
    }
}
