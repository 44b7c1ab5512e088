package org.conflictmonitor.gateway.graphql;

import java.util.List;
import java.util.UUID;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.gateway.error.GatewayError;

/**
 * An `ID` argument as the services know it, a UUID. SmallRye GraphQL hands an `ID` argument over
 * as a string only (a UUID-typed one fails before the resolver runs), so resolvers take the string
 * and read it here: a malformed id is the caller's error, named after the argument.
 */
final class IdArgument {

    private IdArgument() {
    }

    static UUID uuid(String argument, String value) {
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString also takes shortened forms such as 1-1-1-1-1; an id is only ever the canonical one.
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw GatewayError.badUserInput("`" + argument + "` is not an id: `" + value + "`; ids are UUIDs such as 0e000000-0000-7000-8000-000000000001.",
                List.of(new FieldError(argument, "must be a UUID")));
    }

    static List<UUID> uuids(String argument, List<String> values) {
        return values.stream().map(value -> uuid(argument, value)).toList();
    }
}
