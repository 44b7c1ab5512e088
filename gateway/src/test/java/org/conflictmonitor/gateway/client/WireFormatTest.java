package org.conflictmonitor.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.conflictmonitor.actors.api.RelationRequest;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.TimelineEntry;

/**
 * The gateway sends the api records on to the services as JSON: a date must arrive as the date the
 * caller gave, never as the result of the validation check named after it (e.g. `isDateTo()`).
 */
class WireFormatTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void datesCheckedByAValidationMethodTravelAsDates() throws Exception {
        assertDate(EventRequest.class, """
                {"dateFrom": "2020-07-12", "dateTo": "2020-07-13", "subEventType": "ARMED_CLASH", "title": "t"}""", "dateTo", "2020-07-13");
        assertDate(TimelineEntry.class, """
                {"dateFrom": "1992-01-01", "dateTo": "1994-05-12", "precision": "DAY", "title": "War"}""", "dateTo", "1994-05-12");
        assertDate(ConflictRequest.class, """
                {"name": "c", "type": "INTERSTATE", "startDate": "1988-02-01", "endDate": "2023-09-20"}""", "endDate", "2023-09-20");
        assertDate(RelationRequest.class, """
                {"type": "MEMBER_OF", "objectId": "0a000000-0000-7000-8000-000000000010", "validFrom": "2002-10-07", "validTo": "2024-02-01"}""",
                "validTo", "2024-02-01");
    }

    private void assertDate(Class<?> type, String sent, String field, String date) throws Exception {
        JsonNode forwarded = json.readTree(json.writeValueAsString(json.readValue(sent, type)));
        assertThat(forwarded.get(field).asText()).as(type.getSimpleName() + "." + field).isEqualTo(date);
    }
}
