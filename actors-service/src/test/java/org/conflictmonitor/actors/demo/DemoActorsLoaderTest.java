package org.conflictmonitor.actors.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.stream.IntStream;

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
class DemoActorsLoaderTest {

    static final List<String> SEED_IDS = IntStream.rangeClosed(1, 29)
            .mapToObj(n -> "0a000000-0000-7000-8000-%012d".formatted(n)).toList();

    @Inject
    DemoActorsLoader loader;

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void loadingTwiceChangesNothing() {
        // The service loaded the seed at start-up; a second load finds everything in place.
        assertThat(loader.load()).isZero();

        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .body("{\"ids\": [\"" + String.join("\",\"", SEED_IDS) + "\"]}")
                .when().post("/actors/lookup")
                .then().statusCode(200)
                .body("missing", empty())
                .body("items", hasSize(29))
                .body("items.createdBy", everyItem(equalTo("system")))
                .body("items.name", hasItems("Collective Security Treaty Organization", "CSTO Secretariat",
                        "Sergey Lavrov", "Zohrab Mnatsakanyan", "Elmar Mammadyarov", "António Guterres",
                        "Ministry of Defence of Azerbaijan", "Press Service of the Ministry of Defence of Armenia",
                        "Armed Forces of Armenia", "Armed Forces of Azerbaijan", "Police of Armenia",
                        "OSCE Minsk Group", "Nagorno-Karabakh Autonomous Region", "Azerbaijan Soviet Socialist Republic",
                        "Russia", "France", "United States", "Armenia", "Azerbaijan", "United Nations", "TASS"));
    }

    @Test
    void theSeedArticlesRelationsAreThere() {
        String csto = "0a000000-0000-7000-8000-000000000009";
        given().auth().oauth2(tokens.accessToken("viewer"))
                .when().get("/actors/" + csto + "/relations?type=MEMBER_OF")
                .then().statusCode(200)
                .body("subject.name", hasItems("Armenia", "Russia", "Azerbaijan"))
                .body("find { it.subject.name == 'Azerbaijan' }.validTo", equalTo("1999-04-02"));
        String minskGroup = "0a000000-0000-7000-8000-000000000014";
        given().auth().oauth2(tokens.accessToken("viewer"))
                .when().get("/actors/" + minskGroup + "/relations?type=CO_CHAIR_OF")
                .then().statusCode(200)
                .body("subject.name", hasItems("Russia", "France", "United States"));
    }
}
