package org.conflictmonitor.actors.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * The actors API as a client sees it. Every test makes its own actors (names carry a fresh token),
 * so tests never depend on each other; the seed article's actors are loaded at start-up.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ActorApiTest {

    static final String LAVROV = "0a000000-0000-7000-8000-000000000018";
    static final String AZ_DEFENCE_MINISTRY = "0a000000-0000-7000-8000-000000000023";
    static final String AZ_ARMED_FORCES = "0a000000-0000-7000-8000-000000000024";
    static final String ARMENIA = "0a000000-0000-7000-8000-000000000002";
    static final String CSTO = "0a000000-0000-7000-8000-000000000009";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    String create(String body) {
        return as("curator").body(body).when().post("/actors").then().statusCode(201).extract().path("id");
    }

    @Test
    void createdActorCanBeReadBackWithAuditFields() {
        String name = "Tovuz Border Guard " + unique();
        ValidatableResponse created = as("curator").body("""
                {"kind": "STATE_FORCE", "name": "%s", "country": "AZE", "description": "Border troops",
                 "aliases": [{"name": "Товузская погранзастава", "lang": "ru"}, {"name": "Tovuz sərhəd dəstəsi", "lang": "az"}],
                 "externalIds": {"wikidata": "Q4242%s"}}
                """.formatted(name, (int) (Math.random() * 1000)))
                .when().post("/actors").then().statusCode(201);
        String id = created.extract().path("id");
        created.header("Location", org.hamcrest.Matchers.endsWith("/actors/" + id));

        as("viewer").when().get("/actors/" + id).then().statusCode(200)
                .body("name", equalTo(name))
                .body("kind", equalTo("STATE_FORCE"))
                .body("acledTypeCode", equalTo(1))
                .body("country", equalTo("AZE"))
                .body("aliases.name", containsInAnyOrder("Товузская погранзастава", "Tovuz sərhəd dəstəsi"))
                .body("aliases.lang", containsInAnyOrder("ru", "az"))
                .body("createdBy", equalTo("curator"))
                .body("updatedBy", equalTo("curator"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0));
    }

    @Test
    void invalidActorIsRefusedNamingEachField() {
        as("curator").body("""
                {"kind": "WIZARD", "name": " ", "country": "XX", "aliases": [{"name": "ok", "lang": "not a tag"}],
                 "externalIds": {"wikidata": "42"}}
                """)
                .when().post("/actors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/validation"))
                .body("errors.field", containsInAnyOrder("kind", "name", "country", "aliases[0].lang", "externalIds.wikidata"))
                .body("detail", equalTo("The request has 5 invalid fields."))
                .body(not(org.hamcrest.Matchers.containsString("org.conflictmonitor")))
                .body(not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void malformedJsonIsA400Problem() {
        as("curator").body("{\"kind\": ").when().post("/actors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request"));
        as("curator").body("{\"kind\": \"NGO\", \"name\": \"x\", \"externalIds\": {\"ucdpActorId\": \"many\"}}")
                .when().post("/actors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("externalIds.ucdpActorId"));
    }

    @Test
    void staleUpdateIsAConflict() {
        String id = create("{\"kind\": \"MILITIA\", \"name\": \"Stale Militia " + unique() + "\"}");
        as("curator").body("{\"kind\": \"MILITIA\", \"name\": \"Renamed Militia\", \"version\": 0}")
                .when().put("/actors/" + id)
                .then().statusCode(200).body("name", equalTo("Renamed Militia")).body("version", equalTo(1));
        as("curator").body("{\"kind\": \"MILITIA\", \"name\": \"Lost Update\", \"version\": 0}")
                .when().put("/actors/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/conflict"));
        as("viewer").when().get("/actors/" + id).then().body("name", equalTo("Renamed Militia"));
        as("curator").body("{\"kind\": \"MILITIA\", \"name\": \"No Version\"}")
                .when().put("/actors/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void duplicateExternalIdIsAConflict() {
        int ucdp = 900_000 + (int) (Math.random() * 99_999);
        create("{\"kind\": \"NON_STATE_ARMED_GROUP\", \"name\": \"Group " + unique() + "\", \"externalIds\": {\"ucdpActorId\": " + ucdp + "}}");
        as("curator").body("{\"kind\": \"NON_STATE_ARMED_GROUP\", \"name\": \"Copy\", \"externalIds\": {\"ucdpActorId\": " + ucdp + "}}")
                .when().post("/actors").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void unknownActorIs404Problem() {
        as("viewer").when().get("/actors/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        as("viewer").when().get("/actors/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        as("viewer").queryParam("q", "azerbaijani army").when().get("/actors")
                .then().statusCode(200).body("items.id", hasItem(AZ_ARMED_FORCES));
        // "Elmar Məmmədyarov" without the Azerbaijani letters, and "António" without the accent.
        as("viewer").queryParam("q", "GUTERRES").when().get("/actors")
                .then().body("items.name", contains("António Guterres"));
        as("viewer").queryParam("q", "antonio").when().get("/actors")
                .then().body("items.name", hasItem("António Guterres"));
        as("viewer").queryParam("q", "одкб").when().get("/actors")
                .then().body("items.id", hasItem(CSTO))
                .body("items.name", not(hasItem("Armenia")));
    }

    @Test
    void listFiltersByKindAndCountry() {
        as("viewer").queryParam("kind", "PERSON").queryParam("country", "ARM").when().get("/actors")
                .then().statusCode(200).body("items.name", hasItem("Zohrab Mnatsakanyan"))
                .body("items.kind", not(hasItem("STATE")))
                .body("items.country", not(hasItem("RUS")));
        as("viewer").queryParam("kind", "GOD").queryParam("country", "XX").queryParam("limit", 501).when().get("/actors")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("kind[0]", "country", "limit"));
    }

    @Test
    void keysetPaginationVisitsEveryActorOnce() {
        String run = "Paging " + unique();
        List<String> names = List.of("Echo", "alpha", "Delta", "Ćharlie", "bravo");
        names.forEach(n -> create("{\"kind\": \"OTHER\", \"name\": \"" + run + " " + n + "\"}"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = as("viewer").queryParam("q", run).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ValidatableResponse page = request.when().get("/actors").then().statusCode(200);
            seen.addAll(page.extract().path("items.name"));
            cursor = page.extract().path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        // Ordered by name without case or accents.
        assertThat(seen).containsExactly(run + " alpha", run + " bravo", run + " Ćharlie", run + " Delta", run + " Echo");
        as("viewer").queryParam("cursor", "garbage").when().get("/actors")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void pagesBackwardFromAnyActorAndCountsWhatTheFiltersKeep() {
        String run = "Backward " + unique();
        List.of("alpha", "bravo", "charlie", "delta", "echo").forEach(n -> create("{\"kind\": \"OTHER\", \"name\": \"" + run + " " + n + "\"}"));
        List<String> cursors = as("viewer").queryParam("q", run).when().get("/actors").then().statusCode(200).extract().path("cursors");

        ValidatableResponse nearest = as("viewer").queryParam("q", run).queryParam("before", cursors.get(4)).queryParam("limit", 2)
                .when().get("/actors").then().statusCode(200)
                .body("items.name", contains(run + " charlie", run + " delta"))
                .body("cursors", contains(cursors.get(2), cursors.get(3)));
        as("viewer").queryParam("q", run).queryParam("before", nearest.extract().<String>path("previousCursor")).queryParam("limit", 2)
                .when().get("/actors").then().statusCode(200)
                .body("items.name", contains(run + " alpha", run + " bravo"))
                .body("previousCursor", nullValue());
        as("viewer").queryParam("before", cursors.get(1)).queryParam("cursor", cursors.get(0)).when().get("/actors")
                .then().statusCode(400).body("errors[0].field", equalTo("before"));

        as("viewer").queryParam("q", run).when().get("/actors/count")
                .then().statusCode(200).body("value", equalTo(5)).body("exact", equalTo(true));
        as("viewer").queryParam("q", run).queryParam("kind", "PERSON").when().get("/actors/count")
                .then().statusCode(200).body("value", equalTo(0));
        as("viewer").queryParam("q", run).queryParam("bound", 2).when().get("/actors/count")
                .then().statusCode(200).body("exact", equalTo(false)).body("value", greaterThan(2));
    }

    @Test
    void batchLookupKeepsOrderAndReportsUnknownIds() {
        String unknown = UUID.randomUUID().toString();
        as("viewer").body("{\"ids\": [\"" + CSTO + "\", \"" + unknown + "\", \"" + LAVROV + "\", \"" + CSTO + "\"]}")
                .when().post("/actors/lookup")
                .then().statusCode(200)
                .body("items.id", contains(CSTO, LAVROV))
                .body("missing", contains(unknown));
        as("viewer").body("{\"ids\": []}").when().post("/actors/lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("ids"));
    }

    @Test
    void relationsOfManyActorsComeInOneCallInTheOrderAsked() {
        String unknown = UUID.randomUUID().toString();
        as("viewer").body("{\"ids\": [\"" + AZ_ARMED_FORCES + "\", \"" + unknown + "\", \"" + ARMENIA + "\"]}")
                .when().post("/actors/relations/by-actors")
                .then().statusCode(200)
                .body("results.actorId", contains(AZ_ARMED_FORCES, ARMENIA))
                .body("results[0].relations.object.id", hasItem(AZ_DEFENCE_MINISTRY))
                .body("results[1].relations.object.id", hasItem(CSTO))
                .body("missing", contains(unknown));
        as("viewer").body("{\"ids\": []}").when().post("/actors/relations/by-actors")
                .then().statusCode(400).body("errors[0].field", equalTo("ids"));
    }

    @Test
    void resolveRanksTheRightActorFirst() {
        as("viewer").queryParam("name", "Lavrov").when().get("/actors/resolve")
                .then().statusCode(200)
                .body("[0].actor.id", equalTo(LAVROV))
                .body("[0].score", org.hamcrest.Matchers.greaterThan(0.5f));
        as("viewer").queryParam("name", "Azerbaijan’s Defense Ministry").when().get("/actors/resolve")
                .then().statusCode(200)
                .body("[0].actor.id", equalTo(AZ_DEFENCE_MINISTRY))
                .body("[0].matchedName", equalTo("Azerbaijan's Defense Ministry"));
        as("viewer").queryParam("name", "Sergei Lavrov").queryParam("kind", "STATE").when().get("/actors/resolve")
                .then().statusCode(200).body("actor.id", not(hasItem(LAVROV)));
        as("viewer").when().get("/actors/resolve").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void relationsCanBeAddedListedAndRemoved() {
        String ministry = create("{\"kind\": \"GOVERNMENT_BODY\", \"name\": \"Ministry " + unique() + "\", \"country\": \"ARM\"}");
        String relation = as("curator").body("""
                {"type": "PART_OF", "objectId": "%s", "validFrom": "2020-01-01"}
                """.formatted(ARMENIA))
                .when().post("/actors/" + ministry + "/relations")
                .then().statusCode(201)
                .body("subject.id", equalTo(ministry))
                .body("object.name", equalTo("Armenia"))
                .extract().path("id");
        as("viewer").when().get("/actors/" + ARMENIA + "/relations?type=PART_OF")
                .then().statusCode(200).body("id", hasItem(relation));
        as("curator").body("{\"type\": \"PART_OF\", \"objectId\": \"" + ARMENIA + "\", \"validFrom\": \"2020-01-01\"}")
                .when().post("/actors/" + ministry + "/relations").then().statusCode(409);
        as("curator").body("{\"type\": \"PART_OF\", \"objectId\": \"" + UUID.randomUUID() + "\"}")
                .when().post("/actors/" + ministry + "/relations")
                .then().statusCode(422).body("errors[0].field", equalTo("objectId"));
        as("curator").body("{\"type\": \"BEFRIENDS\", \"objectId\": \"" + ARMENIA + "\", \"validFrom\": \"2020-01-01\", \"validTo\": \"2019-01-01\"}")
                .when().post("/actors/" + ministry + "/relations")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("type", "validTo"));
        as("curator").when().delete("/actors/" + ministry + "/relations/" + relation).then().statusCode(204);
        as("viewer").when().get("/actors/" + ministry + "/relations").then().body("id", empty());
    }

    @Test
    void seedRelationsAreDated() {
        as("viewer").when().get("/actors/" + LAVROV + "/relations")
                .then().statusCode(200)
                .body("find { it.type == 'HOLDS_POSITION' }.title", equalTo("Minister of Foreign Affairs"))
                .body("find { it.type == 'HOLDS_POSITION' }.validFrom", equalTo("2004-03-09"))
                .body("find { it.type == 'HOLDS_POSITION' }.validTo", nullValue());
    }

    @Test
    void mergeMovesAliasesAndRelationsAndTheOldIdPointsToTheSurvivor() {
        String tag = unique();
        String survivor = create("{\"kind\": \"NON_STATE_ARMED_GROUP\", \"name\": \"Front " + tag + "\", \"aliases\": [{\"name\": \"F-" + tag + "\", \"lang\": \"en\"}]}");
        String duplicate = create("{\"kind\": \"NON_STATE_ARMED_GROUP\", \"name\": \"The Front " + tag + "\", \"aliases\": [{\"name\": \"Фронт " + tag + "\", \"lang\": \"ru\"}], \"externalIds\": {\"wikidata\": \"Q9" + (int) (Math.random() * 1_000_000) + "\"}}");
        as("curator").body("{\"type\": \"OPPOSES\", \"objectId\": \"" + ARMENIA + "\"}")
                .when().post("/actors/" + duplicate + "/relations").then().statusCode(201);

        as("curator").body("{\"duplicateId\": \"" + duplicate + "\"}").when().post("/actors/" + survivor + "/merge")
                .then().statusCode(403);
        as("admin").body("{\"duplicateId\": \"" + duplicate + "\"}").when().post("/actors/" + survivor + "/merge")
                .then().statusCode(200)
                .body("id", equalTo(survivor))
                .body("aliases.name", containsInAnyOrder("F-" + tag, "The Front " + tag, "Фронт " + tag))
                .body("externalIds.wikidata", notNullValue())
                .body("mergedIds", contains(duplicate));

        as("viewer").when().get("/actors/" + duplicate).then().statusCode(200).body("id", equalTo(survivor));
        as("viewer").when().get("/actors/" + survivor + "/relations")
                .then().body("find { it.type == 'OPPOSES' }.subject.id", equalTo(survivor));
        as("viewer").body("{\"ids\": [\"" + duplicate + "\"]}").when().post("/actors/lookup")
                .then().body("items.id", contains(survivor)).body("mergedInto." + duplicate, equalTo(survivor));
        as("viewer").queryParam("q", "Front " + tag).when().get("/actors")
                .then().body("items.id", contains(survivor));
        as("admin").body("{\"duplicateId\": \"" + duplicate + "\"}").when().post("/actors/" + survivor + "/merge")
                .then().statusCode(422).contentType("application/problem+json");
        as("admin").body("{\"duplicateId\": \"" + survivor + "\"}").when().post("/actors/" + survivor + "/merge")
                .then().statusCode(422);
    }

    @Test
    void deletingAnActorRemovesItsRelations() {
        String body = create("{\"kind\": \"GOVERNMENT_BODY\", \"name\": \"Doomed Office " + unique() + "\"}");
        as("curator").body("{\"type\": \"PART_OF\", \"objectId\": \"" + ARMENIA + "\"}")
                .when().post("/actors/" + body + "/relations").then().statusCode(201);
        as("admin").when().delete("/actors/" + body).then().statusCode(204);
        as("viewer").when().get("/actors/" + ARMENIA + "/relations")
                .then().body("subject.id", not(hasItem(body)));
        as("admin").when().delete("/actors/" + body).then().statusCode(404);
    }
}
