package org.conflictmonitor.events.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.conflictmonitor.api.validation.IsoCountry;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("Where an event happened.")
@Type("Location")
@Input("LocationInput")
public record Location(
        @Description("ISO 3166-1 alpha-3 country.") @Schema(examples = "AZE") @NotNull @IsoCountry String country,
        @Description("First-level administrative division.") @Schema(examples = "Tovuz", nullable = true) @Size(max = 200) String admin1,
        @Description("Second-level administrative division.") @Schema(nullable = true) @Size(max = 200) String admin2,
        @Description("Place name.") @Schema(examples = "Tovuz direction of the Armenia–Azerbaijan border", nullable = true) @Size(max = 300) String place,
        @Description("Latitude, WGS 84.") @Schema(nullable = true) @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Description("Longitude, WGS 84.") @Schema(nullable = true) @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Description("How precise the location is; COUNTRY when left out.") @Schema(implementation = LocationPrecision.class, description = "How precise the location is; COUNTRY when left out.", nullable = true)
        @OneOf(LocationPrecision.class) String precision) {

    @AssertTrue(message = "latitude and longitude must be given together")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isCoordinates() {
        return (latitude == null) == (longitude == null);
    }
}
