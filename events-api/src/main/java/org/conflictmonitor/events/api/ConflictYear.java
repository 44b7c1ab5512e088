package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.smallrye.graphql.api.Nullable;
import org.conflictmonitor.api.validation.FieldRules;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of the UCDP/PRIO Armed Conflict Dataset (ACD): a conflict in one year, every column but
 * {@code conflict_id} (which is the conflict's {@code ucdpConflictId}), under the column's name in
 * camel case. Codes are enum names; multi-valued cells are lists, in UCDP's order, names and ids at
 * the same positions ({@code sideA[i]} is {@code sideAId[i]}); an empty cell is an empty list or
 * null. Stored as sent and read back the same.
 */
@Description("One row of the UCDP/PRIO Armed Conflict Dataset: the conflict in one year, every ACD column but conflict_id, under its name in camel case. Codes are enum names; multi-valued cells are lists in UCDP's order, names and ids at the same positions; an empty cell is an empty list or null.")
@Type("ConflictYear")
@Input("ConflictYearInput")
@FieldRules
public record ConflictYear(
        @Description("The year (`year`), 1946 to 2100.") @Schema(examples = "2020")
        @NotNull @Min(1946) @Max(2100) Integer year,
        @Description("The countries whose governments are a primary party (`location`), named as UCDP names them.") @Schema(nullable = true)
        @Size(max = 50) @Nullable List<@NotBlank @Size(max = 500) String> location,
        @Description("The primary parties on side A (`side_a`), always governments.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotBlank @Size(max = 500) String> sideA,
        @Description("UCDP actor ids of side A (`side_a_id`), one per name of `sideA`.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Positive Integer> sideAId,
        @Description("Governments supporting side A with troops (`side_a_2nd`).") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotBlank @Size(max = 500) String> sideA2nd,
        @Description("The primary parties on side B (`side_b`): governments or opposition organisations.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotBlank @Size(max = 500) String> sideB,
        @Description("UCDP actor ids of side B (`side_b_id`), one per name of `sideB`.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Positive Integer> sideBId,
        @Description("Governments supporting side B with troops (`side_b_2nd`).") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotBlank @Size(max = 500) String> sideB2nd,
        @Description("What the parties fight over (`incompatibility`).") @Schema(implementation = Incompatibility.class, description = "What the parties fight over (`incompatibility`).")
        @NotNull @OneOf(Incompatibility.class) String incompatibility,
        @Description("The contested territory (`territory_name`); null when the incompatibility is government only.") @Schema(nullable = true, examples = "Artsakh (Nagorno-Karabakh)")
        @Size(max = 500) String territoryName,
        @Description("Battle-related deaths in the year (`intensity_level`): MINOR 25–999 (1), WAR 1,000 or more (2).") @Schema(implementation = IntensityLevel.class, description = "Battle-related deaths in the year (`intensity_level`): MINOR 25–999 (1), WAR 1,000 or more (2).")
        @NotNull @OneOf(IntensityLevel.class) String intensityLevel,
        @Description("Battle-related deaths since the conflict began, up to this year (`cumulative_intensity`): MINOR under 1,000 (0), WAR 1,000 or more (1).") @Schema(implementation = IntensityLevel.class, description = "Battle-related deaths since the conflict began, up to this year (`cumulative_intensity`): MINOR under 1,000 (0), WAR 1,000 or more (1).")
        @NotNull @OneOf(IntensityLevel.class) String cumulativeIntensity,
        @Description("The type of conflict in this year (`type_of_conflict`): EXTRASYSTEMIC (1), INTERSTATE (2), INTRASTATE (3), INTERNATIONALISED_INTRASTATE (4).") @Schema(implementation = ConflictType.class, description = "The type of conflict in this year (`type_of_conflict`): EXTRASYSTEMIC (1), INTERSTATE (2), INTRASTATE (3), INTERNATIONALISED_INTRASTATE (4).")
        @NotNull @OneOf(ConflictType.class) String typeOfConflict,
        @Description("The first day of the episode this year belongs to (`start_date`); UCDP gives each new episode its own.") @Schema(nullable = true, examples = "2020-07-16")
        LocalDate startDate,
        @Description("The last day of the episode (`end_date`), given in the episode's last year only; null while it continues.") @Schema(nullable = true)
        LocalDate endDate,
        @Description("Gleditsch and Ward country codes of side A (`gwno_a`).") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Positive Integer> gwnoA,
        @Description("Gleditsch and Ward codes of the governments supporting side A (`gwno_a_2nd`), one per name of `sideA2nd`.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Positive Integer> gwnoA2nd,
        @Description("Gleditsch and Ward codes of side B (`gwno_b`); empty unless side B is a government.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Positive Integer> gwnoB,
        @Description("Gleditsch and Ward codes of the governments supporting side B (`gwno_b_2nd`), one per name of `sideB2nd`.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Positive Integer> gwnoB2nd,
        @Description("Gleditsch and Ward codes of `location` (`gwno_loc`).") @Schema(nullable = true)
        @Size(max = 50) @Nullable List<@NotNull @Positive Integer> gwnoLoc,
        @Description("The regions of `location` (`region`), each one of EUROPE (1), MIDDLE_EAST (2), ASIA (3), AFRICA (4), AMERICAS (5).") @Schema(nullable = true)
        @Size(max = 5) @Nullable List<@NotNull @OneOf(UcdpRegion.class) String> region) implements FieldRules.Checked {

    @Override
    public void check(FieldRules.Broken broken) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            broken.rule("endDate", "must not be before startDate");
        }
        if (typeOfConflict != null && isConstant(ConflictType.class, typeOfConflict) && !ConflictType.valueOf(typeOfConflict).isAcdType()) {
            broken.rule("typeOfConflict", "must be one of the dataset's types EXTRASYSTEMIC, INTERSTATE, INTRASTATE, INTERNATIONALISED_INTRASTATE");
        }
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
