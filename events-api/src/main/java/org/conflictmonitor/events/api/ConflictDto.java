package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.conflictmonitor.api.identity.Node;

@Schema(name = "Conflict")
@Description("An armed conflict: its parties, dates and background timeline, and what UCDP says of it year by year.")
@Type("Conflict")
public record ConflictDto(
        @Description("Stable id.") @Id @NonNull UUID id,
        @Description("Name.") @Schema(examples = "Nagorno-Karabakh conflict") String name,
        @Description("UCDP conflict type.") ConflictType type,
        @Description("When it started.") @Schema(nullable = true) LocalDate startDate,
        @Description("When it ended; null while it goes on.") @Schema(nullable = true) LocalDate endDate,
        @Description("Description.") @Schema(nullable = true) String description,
        @Description("The parties on each side.") List<ConflictParty> parties,
        @Description("Background entries, oldest first.") List<TimelineEntry> timeline,
        @Description("UCDP conflict id.") @Schema(nullable = true) Integer ucdpConflictId,
        @Description("UCDP's name of the conflict (GED's conflict_name), beside the curated name.") @Schema(nullable = true, examples = "Azerbaijan: Artsakh (Nagorno-Karabakh)") String ucdpName,
        @Description("What the parties fight over (UCDP incompatibility).") @Schema(nullable = true) Incompatibility incompatibility,
        @Description("The contested territory (UCDP territory_name).") @Schema(nullable = true, examples = "Artsakh (Nagorno-Karabakh)") String territoryName,
        @Description("The countries whose governments are a primary party (UCDP location), as UCDP names them; empty when not known.") List<String> location,
        @Description("The UCDP/PRIO Armed Conflict Dataset's rows of this conflict, one per year, oldest first: every ACD value of every year, as written.") List<ConflictYear> ucdpYears,
        @Description("When it was created.") OffsetDateTime createdAt,
        @Description("Who created it.") String createdBy,
        @Description("When it was last changed.") OffsetDateTime updatedAt,
        @Description("Who changed it last.") String updatedBy,
        @Description("Version for optimistic locking.") int version) implements Node {
}
