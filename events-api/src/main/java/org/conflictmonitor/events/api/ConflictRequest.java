package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConflictInput", description = "A conflict to create, or the new state of one to update.")
@Description("A conflict to create, or the new state of one to update.")
@Input("ConflictInput")
public record ConflictRequest(
        @Description("Name.") @Schema(description = "Name.") @NotBlank @Size(max = 300) String name,
        @Description("UCDP conflict type. One of INTERSTATE, INTRASTATE, INTERNATIONALISED_INTRASTATE, NON_STATE, ONE_SIDED.") @Schema(implementation = ConflictType.class, description = "UCDP conflict type.") @NotNull @OneOf(ConflictType.class) String type,
        @Description("When it started.") @Schema(description = "When it started.", nullable = true) LocalDate startDate,
        @Description("When it ended.") @Schema(description = "When it ended.", nullable = true) @JsonProperty("endDate") LocalDate endDate,
        @Description("Description.") @Schema(description = "Description.", nullable = true) @Size(max = 20_000) String description,
        @Description("The parties (actors-service ids; unknown ids are refused with 422).") @Schema(description = "The parties (actors-service ids; unknown ids are refused with 422).", nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Valid ConflictParty> parties,
        @Description("Background entries.") @Schema(description = "Background entries.", nullable = true) @Size(max = 500) @Nullable List<@NotNull @Valid TimelineEntry> timeline,
        @Description("UCDP conflict id.") @Schema(description = "UCDP conflict id.", nullable = true) @Positive Integer ucdpConflictId,
        @Description("On update: the version you read.") @Schema(description = "On update: the version you read.", nullable = true) @PositiveOrZero Integer version) {

    @AssertTrue(message = "must not be before startDate")
    @Schema(hidden = true)
    // Named after the field it checks, so a violation names that field; not a property of its own.
    @JsonIgnore
    @Ignore
    public boolean isEndDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
