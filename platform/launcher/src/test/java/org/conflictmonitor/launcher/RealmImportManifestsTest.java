package org.conflictmonitor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The Kubernetes realm imports are the realm of deploy/keycloak/, production without demo users. */
class RealmImportManifestsTest {

    @Test
    void theCommittedRealmImportsMatchTheRealmFiles() throws IOException {
        Path root = RealmFiles.repositoryRoot();
        RealmFiles files = RealmFiles.locate();
        if (Boolean.getBoolean("realm.manifests.update")) {
            RealmImportManifests.write(root, files);
        }
        String hint = "out of date: run ./mvnw -pl platform/launcher test -Dtest=RealmImportManifestsTest -Drealm.manifests.update=true";
        assertThat(Files.readString(root.resolve(RealmImportManifests.BASE), StandardCharsets.UTF_8))
                .as(RealmImportManifests.BASE + " " + hint).isEqualTo(RealmImportManifests.base(files));
        assertThat(Files.readString(root.resolve(RealmImportManifests.DEV_PATCH), StandardCharsets.UTF_8))
                .as(RealmImportManifests.DEV_PATCH + " " + hint).isEqualTo(RealmImportManifests.devPatch(files));
    }

    @Test
    void productionImportsNoDemoUsers() {
        String base = RealmImportManifests.base(RealmFiles.locate());
        assertThat(base).doesNotContain("\"username\" : \"viewer\"", "conflict-monitor-cli\"");
        assertThat(RealmImportManifests.devPatch(RealmFiles.locate())).contains("\"username\" : \"viewer\"");
    }
}
