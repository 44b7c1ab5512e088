package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.FieldRules;
import org.conflictmonitor.api.validation.OneOf;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A conflict to create or replace (PUT), or, in a bulk upsert, what to change of the conflict with
 * its UCDP id: there a null leaves the stored value alone, the name and description are used only
 * to create, and {@code ucdpYears} are merged by year.
 */
@Schema(name = "ConflictInput")
@Description("A conflict to create, or the new state of one to update. In a bulk upsert (POST /conflicts/bulk), what to change of the conflict with this ucdpConflictId: a null leaves the stored value alone, name and description are used only to create it, and ucdpYears are merged by year.")
@Input("ConflictInput")
@FieldRules
public record ConflictRequest(
        @Description("Name. In a bulk upsert, used only to create the conflict: an existing one keeps its (curated) name.") @NotBlank @Size(max = 300) String name,
        @Description("UCDP conflict type.") @Schema(implementation = ConflictType.class, description = "UCDP conflict type.") @NotNull @OneOf(ConflictType.class) String type,
        @Description("When it started.") @Schema(nullable = true) LocalDate startDate,
        @Description("When it ended.") @Schema(nullable = true) @JsonProperty("endDate") LocalDate endDate,
        @Description("Description. In a bulk upsert, used only to create the conflict: an existing one keeps its (curated) description.") @Schema(nullable = true) @Size(max = 20_000) String description,
        @Description("The parties (actors-service ids; unknown ids are refused with 422).") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Valid ConflictParty> parties,
        @Description("Background entries.") @Schema(nullable = true) @Size(max = 500) @Nullable List<@NotNull @Valid TimelineEntry> timeline,
        @Description("UCDP conflict id; required in a bulk upsert, which matches conflicts by it.") @Schema(nullable = true) @Positive Integer ucdpConflictId,
        @Description("UCDP's name of the conflict, e.g. `Azerbaijan: Artsakh (Nagorno-Karabakh)` (GED's conflict_name), kept beside the curated name.") @Schema(nullable = true) @Size(max = 300) String ucdpName,
        @Description("What the parties fight over (UCDP incompatibility).") @Schema(implementation = Incompatibility.class, description = "What the parties fight over (UCDP incompatibility).", nullable = true) @OneOf(Incompatibility.class) String incompatibility,
        @Description("The contested territory (UCDP territory_name); null when the incompatibility is government only.") @Schema(nullable = true, examples = "Artsakh (Nagorno-Karabakh)") @Size(max = 500) String territoryName,
        @Description("The countries whose governments are a primary party (UCDP location), named as UCDP names them.") @Schema(nullable = true)
        @Size(max = 50) @Nullable List<@NotBlank @Size(max = 500) String> location,
        @Description("The UCDP/PRIO Armed Conflict Dataset's rows of this conflict, one per year. On create: these. On update (PUT): null keeps the stored years, a list replaces them all. In a bulk upsert: merged by year, each row sent replacing the stored row of its year.")
        @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Valid ConflictYear> ucdpYears,
        @Description("On update: the version you read. In a bulk upsert, optional: if sent, the stored conflict must still have it.") @Schema(nullable = true) @PositiveOrZero Integer version) implements FieldRules.Checked {

    @AssertTrue(message = "must not be before startDate")
    @Schema(hidden = true)
    // Named after the field it checks, so a violation names that field; not a property of its own.
    @JsonIgnore
    @Ignore
    public boolean isEndDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @Override
    public void check(FieldRules.Broken broken) {
        if (ucdpYears == null) {
            return;
        }
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < ucdpYears.size(); i++) {
            ConflictYear y = ucdpYears.get(i);
            if (y != null && y.year() != null) {
                Integer earlier = first.putIfAbsent(y.year(), i);
                if (earlier != null) {
                    broken.rule("ucdpYears[" + i + "].year", "repeats ucdpYears[" + earlier + "].year: one row per year");
                }
            }
        }
    }
}
