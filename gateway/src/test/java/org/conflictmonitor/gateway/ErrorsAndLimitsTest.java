package org.conflictmonitor.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * What a client did wrong comes back as a GraphQL error it can act on — a code and, for invalid
 * input, each field named — never a bare "System error"; and expensive documents are refused.
 */
@QuarkusTest
@GatewayPlatformTest
class ErrorsAndLimitsTest {

    static final String RUSSIA = "0a000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void invalidInputNamesEachField() {
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { createActor(input: {kind: "WARLORD", name: " ", country: "XX"}) { id } }""")
                .statusCode(200)
                .body("data.createActor", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields.field", hasItems("kind", "name", "country"))
                .body("errors[0].message", not(containsString("System error")));
    }

    @Test
    void unknownIdsInAWriteAreNamed() {
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { createEvent(input: {dateFrom: "2020-07-12", subEventType: "ARMED_CLASH", title: "Ghost clash",
                  location: {country: "AZE"}, actors: [{actorId: "0a000000-0000-7000-8000-0000000000ff", side: "A"}]}) { id } }""")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields.field", hasItem("actors[0].actorId"));
    }

    @Test
    void aMissingThingIsNotFoundAndAStaleVersionAConflict() {
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { updateActor(id: "0a000000-0000-7000-8000-0000000000ff", input: {kind: "PERSON", name: "Nobody", version: 0}) { id } }""")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { updateActor(id: "%s", input: {kind: "STATE", name: "Russia", country: "RUS", version: 999}) { id } }""".formatted(RUSSIA))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
    }

    @Test
    void pageSizesAreBounded() {
        GraphQLClient.post(tokens.accessToken("viewer"), "{ events(first: 1000) { nodes { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields[0].field", equalTo("first"));
    }

    @Test
    void aMistypedQueryIsAValidationErrorThatSaysWhy() {
        GraphQLClient.post(tokens.accessToken("viewer"), "{ event(id: \"x\") { titel } }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("titel"));
    }

    @Test
    void tooDeepQueriesAreRefused() {
        GraphQLClient.post(tokens.accessToken("viewer"), """
                { actor(id: "%s") { events { claims { article { events { claims { article { events { claims {
                  article { events { claims { article { title } } } } } } } } } } } } } }""".formatted(RUSSIA))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void tooComplexQueriesAreRefused() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            fields.append(" a").append(i).append(": actor(id: \"").append(RUSSIA).append("\") { name kind country }");
        }
        GraphQLClient.post(tokens.accessToken("viewer"), "{" + fields + " }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("complexity"));
    }

    @Test
    void hugeDocumentsAreRefusedBeforeRunning() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            fields.append(" __typename");
        }
        GraphQLClient.post(tokens.accessToken("viewer"), "{" + fields + " }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors", notNullValue());
    }

    @Test
    void reasonableQueriesPass() {
        GraphQLClient.post(tokens.accessToken("viewer"), "query($id: String!) { actor(id: $id) { name } }", Map.of("id", RUSSIA))
                .body("errors", nullValue()).body("data.actor.name", equalTo("Russia"));
    }
}
