package org.conflictmonitor.actors.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Description("Up to 1,000 actors to find by their UCDP keys, each created if it is missing.")
@Input("ActorBulkInput")
public record ActorBulkRequest(
        @Description("The actors, 1 to 1,000; answered in this order.") 
        @NotNull @Size(min = 1, max = ActorBulkRequest.MAX_ITEMS) List<@NotNull @Valid ActorBulkItem> actors) {

    public static final int MAX_ITEMS = 1000;
}
