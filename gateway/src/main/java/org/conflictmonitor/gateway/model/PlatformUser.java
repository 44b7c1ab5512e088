package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person who signs in to the platform, as Keycloak knows them.")
public record PlatformUser(
        @Description("Keycloak's id of the user.") @Id @NonNull String id,
        @Description("The name they sign in with.") @NonNull String username,
        @Description("First name.") String firstName,
        @Description("Last name.") String lastName,
        @Description("E-mail address.") String email,
        @Description("Whether they may sign in.") boolean enabled,
        @Description("Their platform roles, implied ones included (an admin is also curator and viewer).") @NonNull List<@NonNull PlatformRole> roles) {
}
