package org.conflictmonitor.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a revision changed, whether its snapshots were written with their null values or without them. */
class EventHistoryChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aNullAndAnAbsentValueAreNoChange() throws Exception {
        JsonNode withNulls = json("""
                {"title": "Clash", "notes": null, "location": {"country": "AZE", "place": null}, "killed": {"low": null, "best": 4}, "version": 0}""");
        JsonNode withoutNulls = json("""
                {"title": "Clash", "location": {"country": "AZE"}, "killed": {"best": 4}, "version": 1}""");
        assertThat(EventHistory.changedFields(withNulls, withoutNulls)).isEmpty();
    }

    @Test
    void aValueThatBecomesNullOrAppearsIsAChange() throws Exception {
        JsonNode before = json("""
                {"title": "Clash", "notes": "Shelling", "location": {"country": "AZE"}}""");
        JsonNode after = json("""
                {"title": "Clash", "location": {"country": "AZE", "place": "Tovuz"}}""");
        assertThat(EventHistory.changedFields(before, after)).containsExactly("notes", "location");
    }

    @Test
    void theSamePartsInAnotherOrderAreNoChangeButAnotherActorIs() throws Exception {
        JsonNode before = json("""
                {"actors": [{"actorId": "b", "side": "B"}, {"actorId": "a", "side": "A"}], "tags": ["shelling", "border"]}""");
        JsonNode reordered = json("""
                {"actors": [{"actorId": "a", "side": "A"}, {"actorId": "b", "side": "B"}], "tags": ["border", "shelling"]}""");
        JsonNode another = json("""
                {"actors": [{"actorId": "a", "side": "A"}, {"actorId": "c", "side": "B"}], "tags": ["border", "shelling"]}""");
        assertThat(EventHistory.changedFields(before, reordered)).isEmpty();
        assertThat(EventHistory.changedFields(reordered, another)).containsExactly("actors");
    }
}
