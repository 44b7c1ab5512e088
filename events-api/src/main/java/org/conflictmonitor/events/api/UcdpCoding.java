package org.conflictmonitor.events.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.smallrye.graphql.api.Nullable;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How UCDP's Georeferenced Event Dataset codes an event, where the event came from there: its ids,
 * and the codes UCDP publishes beside the fields they map to, kept as published.
 */
@Description("How UCDP's Georeferenced Event Dataset (GED) codes the event: its UCDP ids and codes, kept as published beside the fields they map to.")
@Type("UcdpCoding")
@Input("UcdpCodingInput")
public record UcdpCoding(
        @Description("UCDP GED event id (`id`); unique among events.") @Schema(examples = "346644") @NotNull @Positive Long eventId,
        @Description("UCDP GED relational id (`relid`), e.g. `SYR-2013-1-11973-99`.") @Schema(nullable = true) @Size(max = 100) String relid,
        @Description("UCDP type of violence.") @Schema(implementation = UcdpViolenceType.class, description = "UCDP type of violence.") @NotNull @OneOf(UcdpViolenceType.class) String typeOfViolence,
        @Description("UCDP's date precision (`date_prec`): 1 the exact day … 5 more than a month; null when the file does not say.") @Schema(nullable = true) @Min(1) @Max(5) Integer datePrecision,
        @Description("UCDP's location precision (`where_prec`): 1 the exact place … 7 international waters or airspace; null when the file does not say.") @Schema(nullable = true) @Min(1) @Max(7) Integer locationPrecision,
        @Description("UCDP's GED version the coding comes from, e.g. `23.1`; a newer version updates, an older one does not.") @Schema(examples = "23.1") @NotNull @jakarta.validation.constraints.Pattern(regexp = "\\d{1,2}\\.\\d{1,2}", message = "must be a GED version such as 23.1") String version,
        @Description("What looks inconsistent in UCDP's values, kept as published and flagged here. The published low, best and high then stay among the attributes, and `killed` leaves out the bound that breaks low ≤ best ≤ high. Each of LOW_ABOVE_BEST, HIGH_BELOW_BEST, DEATHS_DO_NOT_ADD_UP_TO_BEST.") @Schema(nullable = true)
        @Size(max = 3) @Nullable List<@NotNull @OneOf(UcdpAnomaly.class) String> anomalies,
        @Description("The other UCDP columns, with no field of their own, as published.") @Schema(nullable = true) @Size(max = 100) @Nullable List<@NotNull @Valid UcdpAttribute> attributes) {
}
