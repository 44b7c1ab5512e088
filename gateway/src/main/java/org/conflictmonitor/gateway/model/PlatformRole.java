package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("A role on the platform; each includes the ones below it.")
public enum PlatformRole {
    @Description("Reads everything that is published.")
    VIEWER,
    @Description("Creates and updates; includes viewer.")
    CURATOR,
    @Description("Deletes, merges and manages users; includes curator.")
    ADMIN;

    public String realmRole() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The platform role a realm role name stands for, if it is one. */
    public static java.util.Optional<PlatformRole> ofRealmRole(String name) {
        return java.util.Arrays.stream(values()).filter(r -> r.realmRole().equals(name)).findFirst();
    }
}
