package org.conflictmonitor.actors.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.LanguageTag;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Alias")
@Description("Another name of the actor: a spelling, a translation, an abbreviation.")
@Type("Alias")
@Input("AliasInput")
public record AliasDto(
        @Description("The name as written, e.g. `ОДКБ` or `Azerbaijani Army`.") @Schema(examples = "Azerbaijani Army")
        @NotBlank @Size(max = 300) String name,
        @Description("BCP 47 language tag of this spelling, if it belongs to one language.") @Schema(examples = "ru", nullable = true)
        @LanguageTag String lang) {
}
