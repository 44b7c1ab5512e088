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

@Schema(name = "EventInput", description = "An event to create, or the new state of one to update.")
@Description("An event to create, or the new state of one to update.")
@Input("EventInput")
public record EventRequest(
        @Description("The conflict the event belongs to.") @Schema(description = "The conflict the event belongs to.", nullable = true) @Id UUID conflictId,
        @Description("First day.") @Schema(description = "First day.", examples = "2020-07-12") @NotNull LocalDate dateFrom,
        @Description("Last day; dateFrom when left out.") @Schema(description = "Last day; dateFrom when left out.", nullable = true) @JsonProperty("dateTo") LocalDate dateTo,
        @Description("How precise the dates are; DAY when left out. One of DAY, WEEK, MONTH, YEAR.") @Schema(implementation = DatePrecision.class, description = "How precise the dates are; DAY when left out.", nullable = true)
        @OneOf(DatePrecision.class) String datePrecision,
        @Description("Derived from the sub-event type (or from the event type where that implies it), and if given must match it; required when neither decides it. One of POLITICAL_VIOLENCE, DEMONSTRATIONS, POLITICAL_VIOLENCE_DEMONSTRATIONS.") @Schema(implementation = DisorderType.class, description = "Optional: derived from the sub-event type, and if given must match it.", nullable = true)
        @OneOf(DisorderType.class) String disorderType,
        @Description("Derived from the sub-event type, and if given must match it; give it alone when the source says no more. One of BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS.") @Schema(implementation = EventType.class, description = "Optional: derived from the sub-event type, and if given must match it.", nullable = true)
        @OneOf(EventType.class) String eventType,
        @Description("ACLED sub-event type; it decides the event and disorder types. Leave it out only when the source does not say what kind of act it was; then give the event type, or at least the disorder type. One of ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY, CHEMICAL_WEAPON, AIR_DRONE_STRIKE, SUICIDE_BOMB, SHELLING_ARTILLERY_MISSILE_ATTACK, REMOTE_EXPLOSIVE_LANDMINE_IED, GRENADE, SEXUAL_VIOLENCE, ATTACK, ABDUCTION_FORCED_DISAPPEARANCE, PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE_AGAINST_PROTESTERS, VIOLENT_DEMONSTRATION, MOB_VIOLENCE, AGREEMENT, ARRESTS, CHANGE_TO_GROUP_ACTIVITY, DISRUPTED_WEAPONS_USE, HEADQUARTERS_OR_BASE_ESTABLISHED, LOOTING_PROPERTY_DESTRUCTION, NON_VIOLENT_TRANSFER_OF_TERRITORY, OTHER.") @Schema(implementation = SubEventType.class, description = "ACLED sub-event type; it decides the event and disorder types. Leave it out only when the source does not say what kind of act it was; then give the event type, or at least the disorder type.", nullable = true)
        @OneOf(SubEventType.class) String subEventType,
        @Description("One-line title.") @Schema(description = "One-line title.") @NotBlank @Size(max = 500) String title,
        @Description("What happened.") @Schema(description = "What happened.", nullable = true) @Size(max = 20_000) String notes,
        @Description("Where it happened.") @Schema(description = "Where it happened.") @NotNull @Valid Location location,
        @Description("The actors on each side (actors-service ids; unknown ids are refused with 422).") @Schema(description = "The actors on each side (actors-service ids; unknown ids are refused with 422).", nullable = true)
        @Size(max = 100) @Nullable List<@NotNull @Valid EventActor> actors,
        @Description("Killed, all sides together.") @Schema(description = "Killed, all sides together.", nullable = true) @Valid Estimate killed,
        @Description("Injured, all sides together.") @Schema(description = "Injured, all sides together.", nullable = true) @Valid Estimate injured,
        @Description("Killed and injured by whose losses (SIDE_A, SIDE_B, CIVILIANS, UNKNOWN; the totals go in killed and injured) and kind of people, at most one figure per scope.") @Schema(description = "Killed and injured by whose losses (SIDE_A, SIDE_B, CIVILIANS, UNKNOWN; the totals go in killed and injured) and kind of people, at most one figure per scope.", nullable = true) @JsonProperty("casualties") @Size(max = 20) @Nullable List<@NotNull @Valid Casualties> casualties,
        @Description("Whether civilians were targeted.") @Schema(description = "Whether civilians were targeted.", nullable = true) Boolean civilianTargeting,
        @Description("Free tags, lower case.") @Schema(description = "Free tags, lower case.", nullable = true)
        @Size(max = 50) @Nullable List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "must be a lower-case tag of letters, digits, - and _") String> tags,
        @Description("Links from this event to others.") @Schema(description = "Links from this event to others.", nullable = true) @Size(max = 100) @Nullable List<@NotNull @Valid EventLink> links,
        @Description("How UCDP codes the event, for an event from UCDP's dataset; its UCDP event id is unique. Left out on update, the stored coding stays.") @Schema(description = "How UCDP codes the event, for an event from UCDP's dataset; its UCDP event id is unique. Left out on update, the stored coding stays.", nullable = true) @Valid UcdpCoding ucdp,
        @Description("DRAFT when left out. One of DRAFT, PUBLISHED, RETRACTED.") @Schema(implementation = EventStatus.class, description = "DRAFT when left out.", nullable = true) @OneOf(EventStatus.class) String status,
        @Description("On update: the version you read. A stale version is refused with 409.") @Schema(description = "On update: the version you read. A stale version is refused with 409.", nullable = true) @PositiveOrZero Integer version) {

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
