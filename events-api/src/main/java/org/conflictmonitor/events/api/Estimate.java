package org.conflictmonitor.events.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("A count estimated as low ≤ best ≤ high; any may be unknown (null).")
@Type("Estimate")
@Input("EstimateInput")
public record Estimate(
        @Description("Lowest credible count.") @Schema(nullable = true) @PositiveOrZero Integer low,
        @Description("Best estimate.") @Schema(nullable = true) @PositiveOrZero Integer best,
        @Description("Highest credible count.") @Schema(nullable = true) @PositiveOrZero Integer high) {

    @AssertTrue(message = "must satisfy low ≤ best ≤ high")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isOrdered() {
        return (low == null || best == null || low <= best) && (best == null || high == null || best <= high)
                && (low == null || high == null || low <= high);
    }
}
