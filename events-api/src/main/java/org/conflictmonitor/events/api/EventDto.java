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

@Schema(name = "Event")
@Description("Something that happened at a time and place between actors, with the claims behind it.")
@Type("Event")
public record EventDto(
        @Description("Stable id.") @Id @NonNull UUID id,
        @Description("Human-readable code: country, year, number, e.g. `AZE-2020-000012`.") String code,
        @Description("The conflict the event belongs to, if any.") @Schema(nullable = true) @Id UUID conflictId,
        @Description("First day of the event.") LocalDate dateFrom,
        @Description("Last day of the event (equal to dateFrom for one day).") LocalDate dateTo,
        @Description("How precise the dates are.") DatePrecision datePrecision,
        @Description("ACLED disorder type.") DisorderType disorderType,
        @Description("ACLED event type; null when the source does not say (e.g. UCDP's state-based violence may be a battle or shelling).") @Schema(nullable = true) EventType eventType,
        @Description("ACLED sub-event type; null when the source does not say.") @Schema(nullable = true) SubEventType subEventType,
        @Description("One-line title.") String title,
        @Description("What happened, in the analyst's words.") @Schema(nullable = true) String notes,
        @Description("Where it happened.") Location location,
        @Description("The actors on each side.") List<EventActor> actors,
        @Description("Killed, all sides together.") Estimate killed,
        @Description("Injured, all sides together.") Estimate injured,
        @Description("Killed and injured broken down by whose losses (each side, civilians, unknown) and kind of people, where known; killed and injured hold the totals.") List<Casualties> casualties,
        @Description("Whether civilians were targeted.") boolean civilianTargeting,
        @Description("Free tags.") List<String> tags,
        @Description("Links from this event to others.") List<EventLink> links,
        @Description("Links from other events to this one (e.g. the reactions to a clash).") List<EventLink> linkedFrom,
        @Description("How UCDP codes the event, for an event from UCDP's dataset; null otherwise.") @Schema(nullable = true) UcdpCoding ucdp,
        @Description("DRAFT, PUBLISHED or RETRACTED; viewers see PUBLISHED only.") EventStatus status,
        @Description("How many claims back the event.") int claimCount,
        @Description("Whether its claims agree, and where they do not.") Agreement agreement,
        @Description("When it was created.") OffsetDateTime createdAt,
        @Description("Who created it.") String createdBy,
        @Description("When it was last changed.") OffsetDateTime updatedAt,
        @Description("Who changed it last.") String updatedBy,
        @Description("Version for optimistic locking: send it back with an update.") int version) implements Node {
}
