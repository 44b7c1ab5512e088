package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("A role an admin may grant or revoke; every user of the realm is a viewer.")
public enum GrantableRole {
    @Description("Creates and updates.")
    CURATOR,
    @Description("Deletes, merges and manages users.")
    ADMIN;

    public String realmRole() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
