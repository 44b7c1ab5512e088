package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The schema front ends build against: the committed schema.graphql is what the code serves, and
 * every type, field, argument and enum value a front-end developer sees in GraphiQL is described.
 */
@QuarkusTest
@GatewayPlatformTest
class SchemaTest {

    static final Path COMMITTED = Path.of("schema.graphql");

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void theCommittedSchemaIsTheServedOne() throws IOException {
        String served = given().auth().oauth2(tokens.accessToken("viewer")).when().get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as("gateway/schema.graphql exists").isTrue();
        assertThat(served)
                .as("gateway/schema.graphql is out of date: run ./mvnw -pl gateway verify -Dtest=SchemaTest -Dschema.update=true and commit it")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    @Test
    void everyTypeFieldAndArgumentIsDescribed() {
        Map<String, Object> schema = GraphQLClient.post(tokens.accessToken("viewer"), """
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description } } } }""")
                .statusCode(200).extract().jsonPath().getMap("data.__schema");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : list(schema.get("types"))) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || List.of("String", "Boolean", "Int", "Float", "ID").contains(name)) {
                continue;
            }
            check(undescribed, name, type);
            for (Map<String, Object> field : list(type.get("fields"))) {
                check(undescribed, name + "." + field.get("name"), field);
                for (Map<String, Object> arg : list(field.get("args"))) {
                    check(undescribed, name + "." + field.get("name") + "(" + arg.get("name") + ")", arg);
                }
            }
            for (Map<String, Object> field : list(type.get("inputFields"))) {
                check(undescribed, name + "." + field.get("name"), field);
            }
        }
        assertThat(undescribed).as("types, fields and arguments without a description").isEmpty();
    }

    private static void check(List<String> undescribed, String what, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(what);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
