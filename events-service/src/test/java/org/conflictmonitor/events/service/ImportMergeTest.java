package org.conflictmonitor.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a re-import may change in an event, and what it must leave to the curator. */
class ImportMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void theSameValuesAgainChangeNothing() {
        ObjectNode event = json("{'title': 'Clash', 'killed': {'low': 2, 'best': 2, 'high': 2}}");
        ImportMerge.Outcome outcome = ImportMerge.merge(event, event, event, List.of("title", "killed"));
        assertThat(outcome.changed()).isEmpty();
        assertThat(outcome.keptEdits()).isEmpty();
    }

    @Test
    void aNewValueFromTheSourceIsWritten() {
        ObjectNode stored = json("{'title': 'Clash', 'killed': {'best': 2}}");
        ImportMerge.Outcome outcome = ImportMerge.merge(stored, stored, json("{'title': 'Clash', 'killed': {'best': 5}}"),
                List.of("title", "killed"));
        assertThat(outcome.changed()).containsExactly("killed");
        assertThat(outcome.merged().at("/killed/best").asInt()).isEqualTo(5);
        assertThat(outcome.imported().at("/killed/best").asInt()).isEqualTo(5);
    }

    @Test
    void aCuratorsEditSinceTheLastImportIsKeptAndReported() {
        ObjectNode lastImport = json("{'title': 'Clash', 'killed': {'best': 2}}");
        ObjectNode edited = json("{'title': 'Clash near Rami', 'killed': {'best': 2}}");
        ImportMerge.Outcome outcome = ImportMerge.merge(edited, lastImport, json("{'title': 'Clash at Rami', 'killed': {'best': 3}}"),
                List.of("title", "killed"));
        assertThat(outcome.keptEdits()).containsExactly("title");
        assertThat(outcome.changed()).containsExactly("killed");
        assertThat(outcome.merged().get("title").asText()).isEqualTo("Clash near Rami");
        // Next time the curator's title is still compared with what UCDP says, not with itself.
        assertThat(outcome.imported().get("title").asText()).isEqualTo("Clash at Rami");
    }

    @Test
    void fieldsTheSourceDoesNotStateAreLeftAlone() {
        ObjectNode stored = json("{'title': 'Clash', 'location': {'country': 'SYR', 'admin1': 'Idlib governorate'}}");
        ImportMerge.Outcome outcome = ImportMerge.merge(stored, stored, json("{'title': 'Clash'}"), List.of("title"));
        assertThat(outcome.changed()).isEmpty();
        assertThat(outcome.merged().at("/location/admin1").asText()).isEqualTo("Idlib governorate");
    }

    @Test
    void listOrderNullFieldsAndEmptyListsSayNothing() {
        ObjectNode stored = json("{'actors': [{'actorId': 'a', 'side': 'A'}, {'actorId': 'b', 'side': 'B', 'role': null}], 'killed': {'best': 2.0}, 'tags': []}");
        ObjectNode incoming = json("{'actors': [{'actorId': 'b', 'side': 'B'}, {'actorId': 'a', 'side': 'A'}], 'killed': {'best': 2}}");
        assertThat(ImportMerge.merge(stored, stored, incoming, List.of("actors", "killed", "tags")).changed()).isEmpty();
    }

    @Test
    void anEventNoImportWroteTakesTheImportsValuesWithoutReportingEdits() {
        ObjectNode stored = json("{'title': 'Curated clash'}");
        ImportMerge.Outcome outcome = ImportMerge.merge(stored, null, json("{'title': 'UCDP clash'}"), List.of("title"));
        assertThat(outcome.changed()).containsExactly("title");
        assertThat(outcome.keptEdits()).isEmpty();
    }

    @Test
    void whatACreatingImportWritesIsWhatAMergeIntoNothingWouldRecord() {
        ObjectNode incoming = json("{\"title\": \"Clash at Rami\", \"killed\": {\"best\": 2}, \"notes\": null}");
        List<String> fields = List.of("title", "killed", "notes", "casualties");
        ObjectNode written = ImportMerge.written(incoming, fields);
        assertThat(written).isEqualTo(ImportMerge.merge(JSON.createObjectNode(), null, incoming, fields).imported());
        assertThat(written.get("casualties").isNull()).as("a field the source states as nothing is recorded as null").isTrue();
    }
}
