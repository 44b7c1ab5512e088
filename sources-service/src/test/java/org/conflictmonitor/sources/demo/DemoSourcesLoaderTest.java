package org.conflictmonitor.sources.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class DemoSourcesLoaderTest {

    @Inject
    DemoSourcesLoader loader;

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void loadingTwiceChangesNothing() {
        assertThat(loader.load()).isZero();
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .body("{\"ids\": [\"0c000000-0000-7000-8000-000000000001\", \"0c000000-0000-7000-8000-000000000002\","
                        + " \"0c000000-0000-7000-8000-000000000003\", \"0c000000-0000-7000-8000-000000000004\","
                        + " \"0c000000-0000-7000-8000-000000000005\", \"0c000000-0000-7000-8000-000000000006\"]}")
                .when().post("/sources/lookup")
                .then().statusCode(200)
                .body("missing", empty())
                .body("items", hasSize(6))
                .body("items.name", hasItems("TASS", "CSTO Secretariat website", "Ministry of Defence of Azerbaijan",
                        "Press Service of the Ministry of Defence of Armenia", "Ministry of Foreign Affairs of Russia",
                        "United Nations"));
    }
}
