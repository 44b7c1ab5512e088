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
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventInput")
@Description("An event to create, or the new state of one to update.")
@Input("EventInput")
public record EventRequest(
        @Description("The conflict the event belongs to.") @Schema(nullable = true) @Id UUID conflictId,
        @Description("First day.") @Schema(examples = "2020-07-12") @NotNull LocalDate dateFrom,
        @Description("Last day; dateFrom when left out.") @Schema(nullable = true) @JsonProperty("dateTo") LocalDate dateTo,
        @Description("How precise the dates are; DAY when left out.") @Schema(implementation = DatePrecision.class, description = "How precise the dates are; DAY when left out.", nullable = true)
        @OneOf(DatePrecision.class) String datePrecision,
        @Description("Derived from the sub-event type (or from the event type where that implies it), and if given must match it; required when neither decides it.") @Schema(implementation = DisorderType.class, description = "Derived from the sub-event type (or from the event type where that implies it), and if given must match it; required when neither decides it.", nullable = true)
        @OneOf(DisorderType.class) String disorderType,
        @Description("Derived from the sub-event type, and if given must match it; give it alone when the source says no more.") @Schema(implementation = EventType.class, description = "Derived from the sub-event type, and if given must match it; give it alone when the source says no more.", nullable = true)
        @OneOf(EventType.class) String eventType,
        @Description("ACLED sub-event type; it decides the event and disorder types. Leave it out only when the source does not say what kind of act it was; then give the event type, or at least the disorder type.") @Schema(implementation = SubEventType.class, description = "ACLED sub-event type; it decides the event and disorder types. Leave it out only when the source does not say what kind of act it was; then give the event type, or at least the disorder type.", nullable = true)
        @OneOf(SubEventType.class) String subEventType,
        @Description("One-line title.") @NotBlank @Size(max = 500) String title,
        @Description("What happened.") @Schema(nullable = true) @Size(max = 20_000) String notes,
        @Description("Where it happened.") @NotNull @Valid Location location,
        @Description("The actors on each side (actors-service ids; unknown ids are refused with 422).") @Schema(nullable = true)
        @Size(max = 100) @Nullable List<@NotNull @Valid EventActor> actors,
        @Description("Killed, all sides together.") @Schema(nullable = true) @Valid Estimate killed,
        @Description("Injured, all sides together.") @Schema(nullable = true) @Valid Estimate injured,
        @Description("Killed and injured by whose losses (SIDE_A, SIDE_B, CIVILIANS, UNKNOWN; the totals go in killed and injured) and kind of people, at most one figure per scope.") @Schema(nullable = true) @JsonProperty("casualties") @Size(max = 20) @Nullable List<@NotNull @Valid Casualties> casualties,
        @Description("Whether civilians were targeted.") @Schema(nullable = true) Boolean civilianTargeting,
        @Description("Free tags, lower case.") @Schema(nullable = true)
        @Size(max = 50) @Nullable List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "must be a lower-case tag of letters, digits, - and _") String> tags,
        @Description("Links from this event to others.") @Schema(nullable = true) @Size(max = 100) @Nullable List<@NotNull @Valid EventLink> links,
        @Description("How UCDP codes the event, for an event from UCDP's dataset; its UCDP event id is unique. Left out on update, the stored coding stays.") @Schema(nullable = true) @Valid UcdpCoding ucdp,
        @Description("DRAFT when left out.") @Schema(implementation = EventStatus.class, description = "DRAFT when left out.", nullable = true) @OneOf(EventStatus.class) String status,
        @Description("On update: the version you read. A stale version is refused with 409.") @Schema(nullable = true) @PositiveOrZero Integer version) {

    @AssertTrue(message = "must not be before dateFrom")
    @Schema(hidden = true)
    // Named after the field it checks, so a violation names that field; not a property of its own.
    @JsonIgnore
    @Ignore
    public boolean isDateTo() {
        return dateFrom == null || dateTo == null || !dateTo.isBefore(dateFrom);
    }

    @AssertTrue(message = "must count each scope (group and personnel) once, and leave the totals of group ALL to killed and injured")
    @Schema(hidden = true)
    @JsonIgnore
    @Ignore
    public boolean isCasualties() {
        return Casualties.distinctScopes(casualties) && Casualties.withoutTotals(casualties);
    }
}
