package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The data lookup fails loudly rather than letting the data tests skip. */
class SharedDataTest {

    @TempDir
    Path temp;

    @Test
    void prefersCmSharedDir() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("elsewhere/data")).getParent();
        assertThat(SharedData.dataDirectory(shared.toString(), temp, temp.resolve("none")))
                .isEqualTo(shared.resolve("data"));
    }

    @Test
    void findsSharedBesideTheRepositoryRoot() throws IOException {
        Path root = Files.createDirectories(temp.resolve("main/importer")).getParent();
        Files.createFile(root.resolve("mvnw"));
        Path data = Files.createDirectories(temp.resolve("shared/data"));
        assertThat(SharedData.dataDirectory(null, root.resolve("importer"), temp.resolve("none"))).isEqualTo(data);
    }

    @Test
    void failsNamingCmSharedDirWhenNothingIsFound() {
        assertThatThrownBy(() -> SharedData.dataDirectory(null, temp, temp.resolve("none")))
                .isInstanceOf(AssertionFailedError.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("set CM_SHARED_DIR");
    }

    @Test
    void failsWhenCmSharedDirHasNoData() {
        assertThatThrownBy(() -> SharedData.dataDirectory(temp.toString(), temp, temp.resolve("none")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CM_SHARED_DIR is " + temp);
    }
}
