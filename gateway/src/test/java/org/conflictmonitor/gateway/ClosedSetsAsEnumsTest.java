package org.conflictmonitor.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Every closed set is an enum in the schema, also where the services carry it as a string (the
 * types that are inputs too), and the scalars say their formats: what a code generator reads.
 */
@QuarkusTest
@GatewayPlatformTest
class ClosedSetsAsEnumsTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void fieldsThatHoldOneConstantAreEnumsOnOutputAndInput() {
        // One __type per request: graphql-java refuses repeated ones as introspection in bad faith.
        introspect("{ __type(name: \"EventActor\") { fields { name type { kind ofType { kind name } } } } }")
                .body("data.__type.fields.find { it.name == 'side' }.type.ofType.name", equalTo("Side"))
                .body("data.__type.fields.find { it.name == 'side' }.type.ofType.kind", equalTo("ENUM"));
        introspect("{ __type(name: \"CasualtiesInput\") { inputFields { name type { kind name ofType { kind name } } } } }")
                .body("data.__type.inputFields.find { it.name == 'group' }.type.ofType.name", equalTo("CasualtyGroup"))
                .body("data.__type.inputFields.find { it.name == 'injurySeverity' }.type.name", equalTo("InjurySeverity"));
        introspect("{ __type(name: \"Side\") { kind enumValues { name } } }")
                .body("data.__type.kind", equalTo("ENUM"))
                .body("data.__type.enumValues.name", hasItems("A", "B"));
    }

    @Test
    void typesNoFieldReachesAreLeftOut() {
        introspect("{ __type(name: \"ActorRequest\") { name } }").body("data.__type", nullValue());
        introspect("{ __type(name: \"ActorInput\") { name } }").body("data.__type.name", equalTo("ActorInput"));
    }

    @Test
    void aValueOutsideTheSetIsRefusedAsAnInvalidDocument() {
        GraphQLClient.post(tokens.accessToken("curator"), "mutation($kind: ActorKind!) { createActor(input: {kind: $kind, name: \"Nobody\"}) { id } }",
                        Map.of("kind", "WARLORD"))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("WARLORD"));
    }

    @Test
    void theScalarsSayTheirFormats() {
        introspect("{ __type(name: \"Date\") { description specifiedByURL } }")
                .body("data.__type.description", containsString("2020-07-12"))
                .body("data.__type.specifiedByURL", containsString("rfc3339"));
        introspect("{ __type(name: \"DateTime\") { description } }")
                .body("data.__type.description", containsString("UTC offset"));
    }

    private ValidatableResponse introspect(String query) {
        return GraphQLClient.post(tokens.accessToken("viewer"), query).statusCode(200).body("errors", nullValue());
    }
}
