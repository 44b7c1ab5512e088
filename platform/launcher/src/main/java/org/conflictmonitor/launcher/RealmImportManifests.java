package org.conflictmonitor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Keycloak operator's {@code KeycloakRealmImport} for Kubernetes, made from the same realm files
 * as the tests and the local stack: production gets the realm alone, the dev overlay the realm with
 * the local overlay (demo users). Written by {@link #main}; a test fails when the committed manifests
 * no longer match {@code deploy/keycloak/}.
 */
public final class RealmImportManifests {

    static final String BASE = "deploy/k8s/base/realm-import.yaml";
    static final String DEV_PATCH = "deploy/k8s/overlays/dev/realm-import-patch.yaml";
    private static final String HEADER = "# Generated from deploy/keycloak/ by RealmImportManifests (cm-launcher): do not edit; run\n"
            + "#   ./mvnw -pl platform/launcher test -Dtest=RealmImportManifestsTest -Drealm.manifests.update=true\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmImportManifests() {
    }

    /** Writes both manifests under the repository root. */
    public static void main(String[] args) {
        write(RealmFiles.repositoryRoot(), RealmFiles.locate());
    }

    static void write(Path root, RealmFiles files) {
        try {
            Files.writeString(root.resolve(BASE), base(files), StandardCharsets.UTF_8);
            Files.writeString(root.resolve(DEV_PATCH), devPatch(files), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String base(RealmFiles files) {
        return HEADER + """
                # The production realm: roles and clients, no people, no password grant.
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: conflict-monitor
                spec:
                  keycloakCRName: keycloak
                  realm:
                """ + indent(RealmComposer.read(files.base()), "    ");
    }

    static String devPatch(RealmFiles files) {
        ObjectNode realm = RealmComposer.compose(RealmComposer.read(files.base()), List.of(RealmComposer.read(files.localOverlay())));
        return HEADER + """
                # Development only: the realm with the demo users and the password-grant CLI client.
                - op: replace
                  path: /spec/realm
                  value:
                """ + indent(realm, "    ");
    }

    /** JSON is YAML: the realm goes in as indented JSON, so it reads exactly as in deploy/keycloak/. */
    private static String indent(ObjectNode realm, String prefix) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm).lines()
                    .map(line -> prefix + line).reduce("", (a, b) -> a + b + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
