package org.conflictmonitor.events.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("Whether the claims behind an event agree. Contradicting accounts are kept side by side; this says where they differ.")
@Type("Agreement")
public record Agreement(
        @Description("True when no two claims contradict each other on any field (also with fewer than two claims).") boolean agree,
        @Description("The fields on which claims disagree.") List<ContestedField> contested,
        @Description("Per field, what each claim says.") List<FieldAgreement> fields) {
}
