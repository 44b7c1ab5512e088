package org.conflictmonitor.actors.api;

import java.util.List;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.conflictmonitor.api.validation.IsoCountry;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the actor list and its count; all combine with AND. */
public class ActorFilter {

    @QueryParam("q")
    @Parameter(description = "Text the name or an alias must contain (case- and accent-insensitive).")
    @Size(max = 300)
    public String q;

    @QueryParam("kind")
    @Parameter(description = "Keep only actors of these kinds (repeat the parameter for several).", schema = @Schema(implementation = ActorKind.class))
    public List<@OneOf(ActorKind.class) String> kind;

    @QueryParam("country")
    @Parameter(description = "Keep only actors of this country (ISO 3166-1 alpha-3).")
    @IsoCountry
    public String country;

    /** The filters as a client sends them; null for any it leaves out. */
    public static ActorFilter of(String q, List<String> kinds, String country) {
        ActorFilter filter = new ActorFilter();
        filter.q = q;
        filter.kind = kinds;
        filter.country = country;
        return filter;
    }
}
