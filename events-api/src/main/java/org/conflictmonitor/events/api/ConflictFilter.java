package org.conflictmonitor.events.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the conflict list and its count; all combine with AND. */
public class ConflictFilter {

    @QueryParam("q")
    @Parameter(description = "Text the name must contain (case-insensitive).")
    @Size(max = 300)
    public String q;

    @QueryParam("ucdpConflictId")
    @Parameter(description = "Only the conflicts with these UCDP conflict ids; repeat it for several, at most 100 (for the length of the URL), e.g. `?ucdpConflictId=388&ucdpConflictId=11342`.")
    @Size(max = 100)
    public List<@NotNull @Pattern(regexp = "[1-9][0-9]{0,8}", message = "must be a UCDP conflict id, a positive whole number") String> ucdpConflictId;

    /** The filters as a client sends them; null for any it leaves out. */
    public static ConflictFilter of(String q, List<String> ucdpConflictIds) {
        ConflictFilter filter = new ConflictFilter();
        filter.q = q;
        filter.ucdpConflictId = ucdpConflictIds;
        return filter;
    }
}
