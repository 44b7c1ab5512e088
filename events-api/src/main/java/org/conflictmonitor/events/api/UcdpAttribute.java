package org.conflictmonitor.events.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("A UCDP column with no field of its own, kept with the event as published.")
@Type("UcdpAttribute")
@Input("UcdpAttributeInput")
public record UcdpAttribute(
        @Description("The column, as UCDP names it, e.g. `where_description`, `priogrid_gid`.") @Schema(examples = "where_description")
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,63}", message = "must be a UCDP column name such as where_description") String column,
        @Description("The value as published, empty when the cell was empty.") 
        @Size(max = 20_000) String value) {
}
