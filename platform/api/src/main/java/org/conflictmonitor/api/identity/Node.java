package org.conflictmonitor.api.identity;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An entity with an id unique across the platform, so that a normalising client cache (Apollo, urql,
 * Relay) can key it and refetch it with {@code node(id:)}. The ids are the services' UUIDs.
 */
@Interface("Node")
@Description("An object with an id unique across the platform (a UUID): refetch it with `node(id:)`, key caches by it.")
public interface Node {

    /** The record component every entity has. */
    UUID id();

    /**
     * SmallRye GraphQL reads an interface's fields from getters only. Jackson sees the same property
     * and prefers the record's own accessor, so the JSON is unchanged.
     */
    @Id
    @NonNull
    @Description("The entity's id, unique across the platform.")
    default UUID getId() {
        return id();
    }
}
