package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.graphql.Description;

import org.conflictmonitor.events.api.ClaimDto;

/**
 * The REST document describes what the GraphQL schema describes, from the same one description
 * per type and field: the records carry {@code @Description}, and the OpenAPI document takes it.
 */
@QuarkusTest
@EventsPlatformTest
class OpenApiDocumentTest {

    /** SmallRye's own schemas of the JDK types a record uses. */
    private static final Set<String> JDK_TYPES = Set.of("LocalDate", "OffsetDateTime", "UUID");

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeAndFieldOfTheContractIsDescribed() {
        Map<String, Map<String, Object>> schemas = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("components.schemas");
        List<String> undescribed = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (!JDK_TYPES.contains(name) && schema.get("description") == null) {
                undescribed.add(name);
            }
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
            properties.forEach((property, propertySchema) -> {
                if (propertySchema.get("description") == null) {
                    undescribed.add(name + "." + property);
                }
            });
        });
        assertThat(undescribed).isEmpty();
        assertThat(schemas).containsKeys("Event", "Claim", "ClaimsOfEvent");
    }

    @Test
    void aTypeAndItsFieldsSayInRestWhatTheySayInGraphQL() throws NoSuchFieldException {
        Map<String, Object> claim = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("components.schemas.Claim");
        assertThat(claim.get("description")).isEqualTo(ClaimDto.class.getAnnotation(Description.class).value());
        assertThat(claim).extractingByKey("properties").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .extractingByKey("summary").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("description", ClaimDto.class.getDeclaredField("summary").getAnnotation(Description.class).value());
    }
}
