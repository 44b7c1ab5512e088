package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventInput", description = "An event to create, or the new state of one to update.")
public record EventRequest(
        @Schema(description = "The conflict the event belongs to.", nullable = true) UUID conflictId,
        @Schema(description = "First day.", examples = "2020-07-12") @NotNull LocalDate dateFrom,
        @Schema(description = "Last day; dateFrom when left out.", nullable = true) LocalDate dateTo,
        @Schema(implementation = DatePrecision.class, description = "How precise the dates are; DAY when left out.", nullable = true)
        @OneOf(DatePrecision.class) String datePrecision,
        @Schema(implementation = DisorderType.class, description = "Optional: derived from the sub-event type, and if given must match it.", nullable = true)
        @OneOf(DisorderType.class) String disorderType,
        @Schema(implementation = EventType.class, description = "Optional: derived from the sub-event type, and if given must match it.", nullable = true)
        @OneOf(EventType.class) String eventType,
        @Schema(implementation = SubEventType.class, description = "ACLED sub-event type.")
        @NotNull @OneOf(SubEventType.class) String subEventType,
        @Schema(description = "One-line title.") @NotBlank @Size(max = 500) String title,
        @Schema(description = "What happened.", nullable = true) @Size(max = 20_000) String notes,
        @Schema(description = "Where it happened.") @NotNull @Valid Location location,
        @Schema(description = "The actors on each side (actors-service ids; unknown ids are refused with 422).", nullable = true)
        @Size(max = 100) List<@NotNull @Valid EventActor> actors,
        @Schema(description = "Killed, all sides together.", nullable = true) @Valid Estimate killed,
        @Schema(description = "Injured, all sides together.", nullable = true) @Valid Estimate injured,
        @Schema(description = "Killed and injured per side.", nullable = true) @Size(max = 2) List<@NotNull @Valid SideCasualties> sides,
        @Schema(description = "Whether civilians were targeted.", nullable = true) Boolean civilianTargeting,
        @Schema(description = "Free tags, lower case.", nullable = true)
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "must be a lower-case tag of letters, digits, - and _") String> tags,
        @Schema(description = "Links from this event to others.", nullable = true) @Size(max = 100) List<@NotNull @Valid EventLink> links,
        @Schema(implementation = EventStatus.class, description = "DRAFT when left out.", nullable = true) @OneOf(EventStatus.class) String status,
        @Schema(description = "On update: the version you read. A stale version is refused with 409.", nullable = true) @PositiveOrZero Integer version) {

    @AssertTrue(message = "must not be before dateFrom")
    @Schema(hidden = true)
    public boolean isDateTo() {
        return dateFrom == null || dateTo == null || !dateTo.isBefore(dateFrom);
    }
}
