package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "Something that happened at a time and place between actors, with the claims behind it.")
public record EventDto(
        @Schema(description = "Stable id.") UUID id,
        @Schema(description = "Human-readable code: country, year, number, e.g. `AZE-2020-000012`.") String code,
        @Schema(description = "The conflict the event belongs to, if any.", nullable = true) UUID conflictId,
        @Schema(description = "First day of the event.") LocalDate dateFrom,
        @Schema(description = "Last day of the event (equal to dateFrom for one day).") LocalDate dateTo,
        @Schema(description = "How precise the dates are.") DatePrecision datePrecision,
        @Schema(description = "ACLED disorder type.") DisorderType disorderType,
        @Schema(description = "ACLED event type.") EventType eventType,
        @Schema(description = "ACLED sub-event type.") SubEventType subEventType,
        @Schema(description = "One-line title.") String title,
        @Schema(description = "What happened, in the analyst's words.", nullable = true) String notes,
        @Schema(description = "Where it happened.") Location location,
        @Schema(description = "The actors on each side.") List<EventActor> actors,
        @Schema(description = "Killed, all sides together.") Estimate killed,
        @Schema(description = "Injured, all sides together.") Estimate injured,
        @Schema(description = "Killed and injured per side, where known.") List<SideCasualties> sides,
        @Schema(description = "Whether civilians were targeted.") boolean civilianTargeting,
        @Schema(description = "Free tags.") List<String> tags,
        @Schema(description = "Links from this event to others.") List<EventLink> links,
        @Schema(description = "Links from other events to this one (e.g. the reactions to a clash).") List<EventLink> linkedFrom,
        @Schema(description = "DRAFT, PUBLISHED or RETRACTED; viewers see PUBLISHED only.") EventStatus status,
        @Schema(description = "How many claims back the event.") int claimCount,
        @Schema(description = "Whether its claims agree, and where they do not.") Agreement agreement,
        @Schema(description = "When it was created.") OffsetDateTime createdAt,
        @Schema(description = "Who created it.") String createdBy,
        @Schema(description = "When it was last changed.") OffsetDateTime updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy,
        @Schema(description = "Version for optimistic locking: send it back with an update.") int version) {
}
