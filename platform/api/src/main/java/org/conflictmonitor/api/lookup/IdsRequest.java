package org.conflictmonitor.api.lookup;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.paging.PageLimits;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Description("Ids of the resources to fetch in one call.")
@Input("IdsInput")
public record IdsRequest(
        @Description("Ids, at most 500.") 
        @NotEmpty @Size(max = PageLimits.MAX_BATCH) List<@NotNull UUID> ids) {
}
