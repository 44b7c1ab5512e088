package org.conflictmonitor.actors.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * {@code POST /actors/bulk}, the resolve-or-create of actors by UCDP keys that imports of UCDP data
 * use, and the UCDP name kept with each actor. Every test uses UCDP ids and names of its own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ActorBulkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** UCDP ids no other test (or earlier run against the same database) uses. */
    private static final AtomicInteger NEXT_UCDP_ID = new AtomicInteger(1_000_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    static int newUcdpId() {
        return NEXT_UCDP_ID.getAndIncrement();
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** One item: its key (id and/or name, null to leave out) and a minimal actor to create. */
    static Map<String, Object> item(Integer ucdpActorId, String ucdpName, String kind, String name) {
        Map<String, Object> key = new LinkedHashMap<>();
        if (ucdpActorId != null) {
            key.put("ucdpActorId", ucdpActorId);
        }
        if (ucdpName != null) {
            key.put("ucdpName", ucdpName);
        }
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("kind", kind);
        actor.put("name", name);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key);
        item.put("actor", actor);
        return item;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> actorOf(Map<String, Object> item) {
        return (Map<String, Object>) item.get("actor");
    }

    static String batch(List<?> items) {
        try {
            return JSON.writeValueAsString(Map.of("actors", items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ValidatableResponse bulk(String user, List<?> items) {
        return as(user).body(batch(items)).when().post("/actors/bulk").then();
    }

    @Test
    void createsEachActorOnceAndResolvesItTheSameWayAgain() {
        String t = tag();
        int syria = newUcdpId();
        int artsakh = newUcdpId();
        Map<String, Object> government = item(syria, null, "STATE", "Government of Syria " + t);
        actorOf(government).put("country", "SYR");
        List<Map<String, Object>> items = List.of(
                government,
                item(null, "IS " + t, "NON_STATE_ARMED_GROUP", "Islamic State " + t),
                item(artsakh, "Republic of Artsakh " + t, "STATE", "Artsakh " + t),
                // The same key again in the same request: the actor the first one created.
                item(null, "IS " + t, "NON_STATE_ARMED_GROUP", "Islamic State " + t));

        JsonPath first = bulk("curator", items).statusCode(200)
                .body("created", equalTo(3))
                .body("existing", equalTo(1))
                .body("results.index", contains(0, 1, 2, 3))
                .body("results.status", contains("CREATED", "CREATED", "CREATED", "EXISTING"))
                .extract().jsonPath();
        List<String> ids = first.getList("results.id");
        assertThat(ids.subList(0, 3)).doesNotHaveDuplicates();
        assertThat(ids.get(3)).isEqualTo(ids.get(1));

        // Idempotent: the same request again creates nothing and answers with the same actors.
        bulk("curator", items).statusCode(200)
                .body("created", equalTo(0))
                .body("existing", equalTo(4))
                .body("results.status", everyItem(equalTo("EXISTING")))
                .body("results.id", contains(ids.toArray()));

        // The keys are kept with the actors, and created as any actor is.
        as("viewer").when().get("/actors/" + ids.get(2)).then().statusCode(200)
                .body("name", equalTo("Artsakh " + t))
                .body("kind", equalTo("STATE"))
                .body("externalIds.ucdpActorId", equalTo(artsakh))
                .body("externalIds.ucdpName", equalTo("Republic of Artsakh " + t))
                .body("createdBy", equalTo("curator"))
                .body("version", equalTo(0));
        as("viewer").when().get("/actors/" + ids.get(0)).then().statusCode(200)
                .body("country", equalTo("SYR"))
                .body("externalIds.ucdpActorId", equalTo(syria))
                .body("externalIds.ucdpName", nullValue());
        as("viewer").queryParam("ucdpName", "IS " + t).when().get("/actors/by-ucdp")
                .then().statusCode(200).body("id", equalTo(ids.get(1)));
        as("viewer").queryParam("ucdpActorId", syria).when().get("/actors/by-ucdp")
                .then().statusCode(200).body("id", equalTo(ids.get(0)));
    }

    @Test
    void namesAreComparedExactly() {
        String t = tag();
        List<Map<String, Object>> items = List.of(
                item(null, "Government of Azerbaijan " + t, "STATE", "Azerbaijan " + t),
                item(null, "government of azerbaijan " + t, "STATE", "Azerbaijan " + t),
                item(null, "Government of  Azerbaijan " + t, "STATE", "Azerbaijan " + t),
                item(null, "Government of Azerbaijan " + t + "s", "STATE", "Azerbaijan " + t));
        List<String> ids = bulk("curator", items).statusCode(200)
                .body("results.status", everyItem(equalTo("CREATED")))
                .extract().path("results.id");
        assertThat(ids).doesNotHaveDuplicates();
        // Each spelling keeps resolving to its own actor, whatever order it comes in.
        bulk("curator", List.of(items.get(3), items.get(1), items.get(0), items.get(2))).statusCode(200)
                .body("created", equalTo(0))
                .body("results.id", contains(ids.get(3), ids.get(1), ids.get(0), ids.get(2)));
        as("viewer").queryParam("ucdpName", "GOVERNMENT OF AZERBAIJAN " + t).when().get("/actors/by-ucdp")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anIdIsResolvedByIdBeforeAnyName() {
        String t = tag();
        int armenia = newUcdpId();
        List<String> ids = bulk("curator", List.of(
                item(armenia, "Government of Armenia " + t, "STATE", "Armenia " + t),
                item(null, "Government of Armenia (2) " + t, "STATE", "Armenia again " + t)))
                .statusCode(200).extract().path("results.id");

        // The id finds its actor, although the name is another actor's.
        bulk("curator", List.of(item(armenia, "Government of Armenia (2) " + t, "STATE", "Armenia " + t)))
                .statusCode(200)
                .body("results[0].status", equalTo("EXISTING"))
                .body("results[0].id", equalTo(ids.get(0)));
        // An unknown id is a new actor, even with a name another actor (one with a UCDP id) has,
        // and that name stays with its actor.
        int other = newUcdpId();
        String created = bulk("curator", List.of(item(other, "Government of Armenia " + t, "STATE", "Other " + t)))
                .statusCode(200)
                .body("results[0].status", equalTo("CREATED"))
                .body("results[0].id", not(equalTo(ids.get(0))))
                .extract().path("results[0].id");
        as("viewer").when().get("/actors/" + created).then()
                .body("externalIds.ucdpActorId", equalTo(other))
                .body("externalIds.ucdpName", nullValue());
        as("viewer").queryParam("ucdpName", "Government of Armenia " + t).when().get("/actors/by-ucdp")
                .then().statusCode(200).body("id", equalTo(ids.get(0)));
    }

    @Test
    void anItemWithBothKeysRecordsWhatTheFoundActorLacks() {
        String t = tag();
        int byIdOnly = newUcdpId();
        int later = newUcdpId();
        List<String> ids = bulk("curator", List.of(
                item(byIdOnly, null, "STATE_FORCE", "Armed Forces " + t),
                item(null, "Nagorno-Karabakh Defence Army " + t, "NON_STATE_ARMED_GROUP", "NKDA " + t)))
                .statusCode(200).extract().path("results.id");

        bulk("curator", List.of(
                // Found by id: its UCDP name is recorded.
                item(byIdOnly, "Military of " + t, "STATE_FORCE", "Armed Forces " + t),
                // Found by name, having no UCDP id yet (first met in a file without ids): the id is recorded.
                item(later, "Nagorno-Karabakh Defence Army " + t, "NON_STATE_ARMED_GROUP", "NKDA " + t)))
                .statusCode(200)
                .body("created", equalTo(0))
                .body("results.id", contains(ids.toArray()));

        as("viewer").when().get("/actors/" + ids.get(0)).then().statusCode(200)
                .body("externalIds.ucdpName", equalTo("Military of " + t))
                .body("updatedBy", equalTo("curator"))
                .body("version", equalTo(1));
        as("viewer").when().get("/actors/" + ids.get(1)).then().statusCode(200)
                .body("externalIds.ucdpActorId", equalTo(later))
                .body("externalIds.ucdpName", equalTo("Nagorno-Karabakh Defence Army " + t));
        // Either key alone now finds the same actor.
        bulk("curator", List.of(
                item(null, "Military of " + t, "STATE_FORCE", "x"),
                item(later, null, "NON_STATE_ARMED_GROUP", "x")))
                .statusCode(200)
                .body("created", equalTo(0))
                .body("results.id", contains(ids.toArray()));
    }

    @Test
    void theKeyOfAMergedDuplicateResolvesToItsSurvivor() {
        int survivorKey = newUcdpId();
        int duplicateKey = newUcdpId();
        String t = tag();
        List<String> ids = bulk("curator", List.of(
                item(survivorKey, "Survivor " + t, "MILITIA", "Survivor " + t),
                item(duplicateKey, "Duplicate " + t, "MILITIA", "Duplicate " + t)))
                .statusCode(200).extract().path("results.id");
        as("admin").body("{\"duplicateId\": \"" + ids.get(1) + "\"}").when().post("/actors/" + ids.get(0) + "/merge")
                .then().statusCode(200);
        bulk("curator", List.of(item(duplicateKey, null, "MILITIA", "x"), item(null, "Duplicate " + t, "MILITIA", "x")))
                .statusCode(200)
                .body("created", equalTo(0))
                .body("results.id", contains(ids.get(0), ids.get(0)));
        as("viewer").queryParam("ucdpActorId", duplicateKey).when().get("/actors/by-ucdp")
                .then().statusCode(200).body("id", equalTo(ids.get(0)));
    }

    @Test
    void invalidItemsAreRefusedNamingEachFieldAndNothingIsCreated() {
        int fine = newUcdpId();
        Map<String, Object> noKeyAtAll = item(null, null, "NGO", "No key");
        noKeyAtAll.remove("key");
        Map<String, Object> badKey = item(0, " padded", "WIZARD", " ");
        Map<String, Object> contradicting = item(newUcdpId(), null, "NGO", "Contradicting");
        actorOf(contradicting).put("externalIds", Map.of("ucdpActorId", 7, "ucdpName", "Other"));
        List<Map<String, Object>> items = List.of(
                item(fine, null, "NGO", "Fine " + tag()),
                item(null, null, "NGO", "Empty key"),
                noKeyAtAll,
                badKey,
                contradicting);

        bulk("curator", items).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/validation"))
                .body("errors.field", containsInAnyOrder("actors[1].key", "actors[2].key",
                        "actors[3].key.ucdpActorId", "actors[3].key.ucdpName", "actors[3].actor.kind", "actors[3].actor.name",
                        "actors[4].actor.externalIds.ucdpActorId", "actors[4].actor.externalIds.ucdpName"))
                .body("detail", equalTo("The request has 8 invalid fields."));
        as("viewer").queryParam("ucdpActorId", fine).when().get("/actors/by-ucdp").then().statusCode(404);

        bulk("curator", List.of()).statusCode(400).body("errors.field", contains("actors"));
        as("curator").body("{}").when().post("/actors/bulk").then().statusCode(400).body("errors.field", contains("actors"));
        as("viewer").when().get("/actors/by-ucdp").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("ucdpActorId", "ucdpName"));
    }

    @Test
    void onlyCuratorsAndAdminsMayResolveOrCreate() {
        int key = newUcdpId();
        List<Map<String, Object>> items = List.of(item(key, null, "NGO", "Roles " + tag()));
        bulk("viewer", items).statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().contentType(ContentType.JSON).body(batch(items)).when().post("/actors/bulk")
                .then().statusCode(401).contentType("application/problem+json");
        as("viewer").queryParam("ucdpActorId", key).when().get("/actors/by-ucdp").then().statusCode(404);
        // Admin implies curator.
        bulk("admin", items).statusCode(200).body("results[0].status", equalTo("CREATED"));
        as("viewer").queryParam("ucdpActorId", key).when().get("/actors/by-ucdp").then().statusCode(200)
                .body("createdBy", equalTo("admin"));
    }

    @Test
    void aBatchOfMoreThan1000IsRefusedByTheBatchLimit() {
        String t = tag();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(i % 2 == 0
                    ? item(newUcdpId(), "Bulk actor " + i + " " + t, "MILITIA", "Bulk actor " + i + " " + t)
                    : item(null, "Bulk actor " + i + " " + t, "MILITIA", "Bulk actor " + i + " " + t));
        }
        String oversized = batch(items);
        // Far below the service's request-size limit: what refuses it is the limit of 1,000 items.
        assertThat(oversized.length()).isLessThan(200_000);
        as("curator").body(oversized).when().post("/actors/bulk").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/validation"))
                .body("errors.field", contains("actors"))
                .body("errors[0].message", containsString("1000"));

        List<Map<String, Object>> thousand = items.subList(0, 1000);
        long start = System.nanoTime();
        List<String> ids = bulk("curator", thousand).statusCode(200)
                .body("created", equalTo(1000))
                .body("results", hasSize(1000))
                .extract().path("results.id");
        long createMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        start = System.nanoTime();
        bulk("curator", thousand).statusCode(200)
                .body("existing", equalTo(1000))
                .body("results.id", contains(ids.toArray()));
        long resolveMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("POST /actors/bulk with 1,000 items: %d ms creating them, %d ms resolving them again%n",
                createMs, resolveMs);
    }

    @Test
    void concurrentImportsOfTheSameNewKeysEndWithOneActorEach() throws Exception {
        String t = tag();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(i % 3 == 0
                    ? item(null, "Race " + i + " " + t, "MILITIA", "Race " + i + " " + t)
                    : item(newUcdpId(), i % 3 == 1 ? "Race " + i + " " + t : null, "MILITIA", "Race " + i + " " + t));
        }
        String body = batch(items);
        String token = tokens.accessToken("curator");
        int imports = 4;
        CyclicBarrier start = new CyclicBarrier(imports);
        ExecutorService pool = Executors.newFixedThreadPool(imports);
        List<JsonPath> answers = new ArrayList<>();
        try {
            List<Future<JsonPath>> futures = new ArrayList<>();
            for (int n = 0; n < imports; n++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                            .when().post("/actors/bulk").then().statusCode(200).extract().jsonPath();
                }));
            }
            for (Future<JsonPath> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> ids = answers.get(0).getList("results.id");
        Map<String, Integer> creations = new HashMap<>();
        for (JsonPath answer : answers) {
            assertThat(answer.getList("results.id", String.class)).as("every import resolves every key to the same actor")
                    .isEqualTo(ids);
            List<String> statuses = answer.getList("results.status");
            for (int i = 0; i < statuses.size(); i++) {
                if (statuses.get(i).equals("CREATED")) {
                    creations.merge(ids.get(i), 1, Integer::sum);
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(creations).as("each actor created by exactly one import").hasSize(300).allSatisfy((id, n) -> assertThat(n).isOne());
        bulk("curator", items).statusCode(200).body("created", equalTo(0)).body("results.id", contains(ids.toArray()));
        as("viewer").body("{\"ids\": " + JSON.writeValueAsString(ids.subList(0, 300)) + "}").when().post("/actors/lookup")
                .then().statusCode(200).body("items", hasSize(300)).body("missing", hasSize(0));
    }

    @Test
    void theUcdpNameIsSetAndKeptThroughTheActorApiToo() {
        String t = tag();
        String name = "Government of Russia " + t;
        String id = as("curator").body("{\"kind\": \"STATE\", \"name\": \"Russia " + t + "\", \"externalIds\": {\"ucdpName\": \"" + name + "\"}}")
                .when().post("/actors").then().statusCode(201)
                .body("externalIds.ucdpName", equalTo(name))
                .extract().path("id");
        as("curator").body("{\"kind\": \"STATE\", \"name\": \"Copy " + t + "\", \"externalIds\": {\"ucdpName\": \"" + name + "\"}}")
                .when().post("/actors").then().statusCode(409).contentType("application/problem+json");
        as("curator").body("{\"kind\": \"STATE\", \"name\": \"Padded\", \"externalIds\": {\"ucdpName\": \"" + name + " \"}}")
                .when().post("/actors").then().statusCode(400).body("errors.field", contains("externalIds.ucdpName"));
        bulk("curator", List.of(item(null, name, "STATE", "ignored"))).statusCode(200)
                .body("results[0].status", equalTo("EXISTING"))
                .body("results[0].id", equalTo(id));

        as("curator").body("{\"kind\": \"STATE\", \"name\": \"Russia " + t + "\", \"version\": 0, \"externalIds\": {\"ucdpName\": \"" + name + " (renamed)\"}}")
                .when().put("/actors/" + id).then().statusCode(200)
                .body("externalIds.ucdpName", equalTo(name + " (renamed)"));
        bulk("curator", List.of(item(null, name + " (renamed)", "STATE", "ignored"), item(null, name, "STATE", "Russia again " + t)))
                .statusCode(200)
                .body("results.status", contains("EXISTING", "CREATED"))
                .body("results[0].id", equalTo(id))
                .body("results[1].id", not(equalTo(id)));
    }

    @Test
    void aWikidataIdAnotherActorHasIsAConflictNamingTheItem() {
        String wikidata = "Q" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
        as("curator").body("{\"kind\": \"NGO\", \"name\": \"Holder " + tag() + "\", \"externalIds\": {\"wikidata\": \"" + wikidata + "\"}}")
                .when().post("/actors").then().statusCode(201);
        int key = newUcdpId();
        Map<String, Object> clashing = item(key, null, "NGO", "Clash " + tag());
        actorOf(clashing).put("externalIds", Map.of("wikidata", wikidata));
        bulk("curator", List.of(item(newUcdpId(), null, "NGO", "Innocent " + tag()), clashing)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/conflict"))
                .body("errors.field", contains("actors[1].actor.externalIds.wikidata"));
        as("viewer").queryParam("ucdpActorId", key).when().get("/actors/by-ucdp").then().statusCode(404);
    }
}
