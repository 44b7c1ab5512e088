package org.conflictmonitor.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RealmComposerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void overlayAppendsToArraysMergesObjectsAndReplacesValues() throws IOException {
        ObjectNode base = json("{'realm':'r','accessTokenLifespan':300,'clients':[{'clientId':'web'}],"
                + "'roles':{'realm':[{'name':'viewer'}]}}");
        JsonNode overlay = json("{'accessTokenLifespan':60,'clients':[{'clientId':'cli'}],"
                + "'roles':{'realm':[{'name':'tester'}]},'users':[{'username':'viewer'}]}");

        ObjectNode realm = RealmComposer.compose(base, List.of(overlay));

        assertEquals(json("{'realm':'r','accessTokenLifespan':60,'clients':[{'clientId':'web'},{'clientId':'cli'}],"
                + "'roles':{'realm':[{'name':'viewer'},{'name':'tester'}]},'users':[{'username':'viewer'}]}"), realm);
        assertEquals(1, base.get("clients").size(), "the base must not change");
    }

    @Test
    void overlayReplacingAListIsRefused() throws IOException {
        ObjectNode base = json("{'clients':[{'clientId':'web'}]}");
        JsonNode overlay = json("{'clients':{'clientId':'cli'}}");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RealmComposer.compose(base, List.of(overlay)));
        assertTrue(refused.getMessage().contains("$.clients"), refused.getMessage());
    }

    @Test
    void productionRealmAloneHasNoDemoUsersAndNoPasswordGrant() {
        ObjectNode realm = RealmComposer.compose(RealmComposer.read(RealmFiles.locate().base()), List.of());

        assertEquals("conflict-monitor", realm.path("realm").asText());
        realm.path("users").forEach(user -> {
            assertTrue(user.hasNonNull("serviceAccountClientId"), "the production realm ships no people: " + user.path("username"));
            assertTrue(user.path("credentials").isMissingNode(), user.path("username") + " must not carry credentials");
        });
        realm.path("clients").forEach(client -> assertFalse(client.path("directAccessGrantsEnabled").asBoolean(),
                client.path("clientId").asText() + " must not allow the password grant in production"));
    }

    @Test
    void commandLineWritesTheComposedRealm(@TempDir Path dir) throws IOException {
        RealmFiles files = RealmFiles.locate();
        Path out = dir.resolve("composed/conflict-monitor-realm.json");

        RealmComposer.main(new String[] { out.toString(), files.base().toString(), files.localOverlay().toString() });

        JsonNode realm = JSON.readTree(Files.readString(out));
        assertEquals(List.of("service-account-conflict-monitor-admin", "service-account-conflict-monitor-importer", "viewer", "curator", "admin"),
                realm.path("users").findValuesAsText("username"));
        assertTrue(realm.path("clients").findValuesAsText("clientId").containsAll(
                List.of("conflict-monitor-web", "conflict-monitor-api", "conflict-monitor-cli")));
    }

    private static ObjectNode json(String singleQuoted) throws IOException {
        return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
    }
}
