package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * What a client did wrong comes back as a GraphQL error it can act on — a code and, for invalid
 * input, each field named — never a bare "System error"; and expensive requests are refused before
 * any service is called, each by its own limit.
 */
@QuarkusTest
@GatewayPlatformTest
class ErrorsAndLimitsTest {

    static final String RUSSIA = "0a000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void invalidInputNamesEachField() {
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { createActor(input: {kind: PERSON, name: " ", country: "XX"}) { id } }""")
                .statusCode(200)
                .body("data.createActor", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields.field", hasItems("name", "country"))
                .body("errors[0].message", not(containsString("System error")));
    }

    @Test
    void unknownIdsInAWriteAreNamed() {
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { createEvent(input: {dateFrom: "2020-07-12", subEventType: ARMED_CLASH, title: "Ghost clash",
                  location: {country: "AZE"}, actors: [{actorId: "0a000000-0000-7000-8000-0000000000ff", side: A}]}) { id } }""")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields.field", hasItem("actors[0].actorId"));
    }

    @Test
    void aMissingThingIsNotFoundAndAStaleVersionAConflict() {
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { updateActor(id: "0a000000-0000-7000-8000-0000000000ff", input: {kind: PERSON, name: "Nobody", version: 0}) { id } }""")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { updateActor(id: "%s", input: {kind: STATE, name: "Russia", country: "RUS", version: 999}) { id } }""".formatted(RUSSIA))
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
    void tooDeepQueriesAreRefusedWithoutCallingAnyService() {
        refusedWithoutCallingAnyService("""
                { actor(id: "%s") { events { claims { article { events { claims { article { events { claims {
                  article { events { claims { article { title } } } } } } } } } } } } } }""".formatted(RUSSIA), Map.of())
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void tooComplexQueriesAreRefusedWithoutCallingAnyService() {
        // 420 fields, no alias: only the complexity limit (400) stops it.
        refusedWithoutCallingAnyService("{ actor(id: \"" + RUSSIA + "\") {" + " name".repeat(420) + " } }", Map.of())
                .body("errors[0].message", containsString("complexity"));
    }

    @Test
    void tooManyAliasesAreRefusedWithoutCallingAnyService() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 31; i++) {
            fields.append(" a").append(i).append(": actor(id: \"").append(RUSSIA).append("\") { name }");
        }
        refusedWithoutCallingAnyService("{" + fields + " }", Map.of())
                .body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"))
                .body("errors[0].message", containsString("at most 30"));
        GraphQLClient.post(tokens.accessToken("viewer"), "{" + fields.substring(fields.indexOf(" a1:")) + " }")
                .body("errors", nullValue()).body("data.a30.name", equalTo("Russia"));
    }

    @Test
    void tooManyOperationsInOneRequestAreRefusedWithoutCallingAnyService() {
        StringBuilder operations = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            operations.append("query Q").append(i).append(" { actor(id: \"").append(RUSSIA).append("\") { name } }\n");
        }
        refusedWithoutCallingAnyService(operations.toString(), Map.of("operationName", "Q0"))
                .body("errors[0].extensions.code", equalTo("TOO_MANY_OPERATIONS"));
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
    void aBodyOverTheSizeLimitIsA413BeforeItIsRead() {
        // A valid request padded with JSON whitespace to 5 MB: no other limit would stop it.
        String padded = "{\"query\": \"{ actor(id: \\\"" + RUSSIA + "\\\") { name } }\"" + " ".repeat(5 * 1024 * 1024) + "}";
        Map<String, Long> before = DownstreamCalls.snapshot(platform);
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).body(padded)
                .when().post("/graphql").then().statusCode(413);
        assertThat(DownstreamCalls.between(before, DownstreamCalls.snapshot(platform))).isEmpty();
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).body(padded.substring(0, 2 * 1024 * 1024) + "}")
                .when().post("/graphql").then().statusCode(200).body("data.actor.name", equalTo("Russia"));
    }

    /** Posts the document as a viewer with each response media type: refused both ways, and no service was called. */
    private ValidatableResponse refusedWithoutCallingAnyService(String query, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("query", query);
        Map<String, Long> before = DownstreamCalls.snapshot(platform);
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(body).when().post("/graphql").then().statusCode(400).body("data", nullValue());
        ValidatableResponse json = given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(body).when().post("/graphql").then().statusCode(200).body("data", nullValue());
        assertThat(DownstreamCalls.between(before, DownstreamCalls.snapshot(platform))).as("service calls").isEmpty();
        return json;
    }

    @Test
    void reasonableQueriesPass() {
        GraphQLClient.post(tokens.accessToken("viewer"), "query($id: ID!) { actor(id: $id) { name } }", Map.of("id", RUSSIA))
                .body("errors", nullValue()).body("data.actor.name", equalTo("Russia"));
    }
}
