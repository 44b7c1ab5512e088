package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL documents to the gateway under test as a front end would. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static ValidatableResponse post(String token, String query) {
        return post(token, query, Map.of());
    }

    public static ValidatableResponse post(String token, String query, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/graphql").then().log().ifValidationFails();
    }
}
